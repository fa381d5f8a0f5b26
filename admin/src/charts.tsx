// Hand-made SVG charts (no chart library: a few hundred bytes instead of a hundred KB). Each
// chart is one role="img" with a sentence that says what it shows.

export const SERIES_COLOURS: Record<string, string> = {
  URGENT: '#b42318',
  HIGH: '#d97706',
  NORMAL: '#1d4ed8',
  LOW: '#64748b',
  CHAT: '#0f766e',
  CALL: '#7c3aed',
  VOICEMAIL: '#be185d',
  API: '#64748b',
  total: '#1d4ed8',
};

export interface StackPoint {
  date: string;
  key: string;
  count: number;
}

/** Days as columns, each stacked by key (priority or channel). */
export function StackedBars({ points, keys, label, days }: { points: readonly StackPoint[]; keys: readonly string[]; label: string; days: readonly string[] }) {
  const width = 640;
  const height = 180;
  const pad = { l: 28, r: 8, t: 8, b: 22 };
  const byDay = new Map<string, Map<string, number>>();
  for (const p of points) {
    const m = byDay.get(p.date) ?? new Map<string, number>();
    m.set(p.key, (m.get(p.key) ?? 0) + p.count);
    byDay.set(p.date, m);
  }
  const totals = days.map((d) => [...(byDay.get(d)?.values() ?? [])].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const plotW = width - pad.l - pad.r;
  const plotH = height - pad.t - pad.b;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(2, slot * 0.7);
  const sum = totals.reduce((a, b) => a + b, 0);
  const perKey = keys.map((k) => `${k.toLowerCase()} ${points.filter((p) => p.key === k).reduce((a, p) => a + p.count, 0)}`).join(', ');
  return (
    <figure className="stack" style={{ margin: 0 }}>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}: ${sum} in ${days.length} days (${perKey})`}>
        <line x1={pad.l} x2={width - pad.r} y1={pad.t + plotH} y2={pad.t + plotH} stroke="#8a94a0" />
        <text x={pad.l - 4} y={pad.t + 10} textAnchor="end">
          {max}
        </text>
        <text x={pad.l - 4} y={pad.t + plotH} textAnchor="end">
          0
        </text>
        {days.map((d, i) => {
          let y = pad.t + plotH;
          const x = pad.l + i * slot + (slot - barW) / 2;
          return (
            <g key={d}>
              {keys.map((k) => {
                const n = byDay.get(d)?.get(k) ?? 0;
                if (!n) return null;
                const h = (n / max) * plotH;
                y -= h;
                return (
                  <rect key={k} x={x} y={y} width={barW} height={h} fill={SERIES_COLOURS[k] ?? '#1d4ed8'} rx={1.5}>
                    <title>{`${d}: ${n} ${k.toLowerCase()}`}</title>
                  </rect>
                );
              })}
              {i % Math.ceil(days.length / 6) === 0 ? (
                <text x={x + barW / 2} y={height - 6} textAnchor="middle">
                  {d.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {keys.length > 1 ? (
        <ul className="legend">
          {keys.map((k) => (
            <li key={k}>
              <i style={{ background: SERIES_COLOURS[k] ?? '#1d4ed8' }} />
              {k.charAt(0) + k.slice(1).toLowerCase()}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}

/** Horizontal bars with a label and value each (lead status, question drop-off); HTML, so the
 * labels wrap and stay readable on a phone. */
export function HBars({ rows, label, format = String }: { rows: readonly { name: string; value: number }[]; label: string; format?: (n: number) => string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <div className="hbars" role="img" aria-label={`${label}: ${rows.map((r) => `${r.name} ${format(r.value)}`).join(', ')}`}>
      {rows.map((r) => (
        <div key={r.name} className="hbar" aria-hidden="true">
          <span className="hbar-name">{r.name}</span>
          <span className="hbar-track">
            <span className="hbar-fill" style={{ width: `${Math.max(1, (100 * r.value) / max)}%` }} />
            <span className="hbar-value">{format(r.value)}</span>
          </span>
        </div>
      ))}
    </div>
  );
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Leads per weekday and hour, darker = more. */
export function Heatmap({ cells, label }: { cells: readonly { dayOfWeek: number; hour: number; count: number }[]; label: string }) {
  const max = Math.max(1, ...cells.map((c) => c.count));
  const cw = 24;
  const ch = 20;
  const left = 48;
  const busiest = [...cells].sort((a, b) => b.count - a.count)[0];
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${left + 24 * cw} ${7 * ch + 18}`}
      role="img"
      aria-label={`${label}${busiest && busiest.count ? `: busiest ${DAYS[busiest.dayOfWeek]} at ${busiest.hour}:00 (${busiest.count})` : ': no leads yet'}`}
    >
      {DAYS.map((d, i) => (
        <text key={d} x={0} y={i * ch + 14}>
          {d}
        </text>
      ))}
      {Array.from({ length: 24 }, (_, h) =>
        h % 3 === 0 ? (
          <text key={h} x={left + h * cw + cw / 2} y={7 * ch + 14} textAnchor="middle">
            {h}
          </text>
        ) : null,
      )}
      {Array.from({ length: 7 }, (_, d) =>
        Array.from({ length: 24 }, (_, h) => {
          const n = cells.find((c) => c.dayOfWeek === d && c.hour === h)?.count ?? 0;
          return (
            <rect key={`${d}-${h}`} x={left + h * cw + 1} y={d * ch + 1} width={cw - 2} height={ch - 2} rx={3} fill={n ? `rgba(29,78,216,${0.15 + (0.85 * n) / max})` : '#eef0f3'}>
              <title>{`${DAYS[d]} ${h}:00: ${n}`}</title>
            </rect>
          );
        }),
      )}
    </svg>
  );
}

/** The last `n` dates (YYYY-MM-DD) ending at `to` (inclusive), in the business timezone. */
export function lastDays(n: number, timeZone: string, end = new Date()): string[] {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(fmt.format(new Date(end.getTime() - i * 86_400_000)));
  return out;
}
