import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

// Dashboard figures, grouped in the business's own timezone. Each function is one query.

type Db = Kysely<Database>;

export interface Range {
  businessId: string;
  from: Date;
  to: Date;
  timezone: string;
}

const day = (tz: string) => sql<string>`to_char(created_at at time zone ${tz}, 'YYYY-MM-DD')`;

/** The leads every lead figure counts: this business's, created in [from, to). */
const leadsIn = (db: Db, r: Range) =>
  db.selectFrom('leads').where('business_id', '=', r.businessId).where('created_at', '>=', r.from).where('created_at', '<', r.to);

export async function leadsPerDay(db: Db, r: Range): Promise<Array<{ date: string; count: number }>> {
  const rows = await leadsIn(db, r)
    .select([day(r.timezone).as('date'), (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
  return rows.map((x) => ({ date: x.date, count: Number(x.n) }));
}

export async function leadsPerDayBy(db: Db, r: Range, column: 'priority' | 'channel'): Promise<Array<{ date: string; key: string; count: number }>> {
  const rows = await leadsIn(db, r)
    .select([day(r.timezone).as('date'), sql<string>`${sql.ref(column)}`.as('key'), (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy([sql`1`, sql`2`])
    .orderBy(sql`1`)
    .orderBy(sql`2`)
    .execute();
  return rows.map((x) => ({ date: x.date, key: x.key, count: Number(x.n) }));
}

export async function leadTotals(db: Db, r: Range) {
  const rows = await leadsIn(db, r)
    .select(['status', (eb) => eb.fn.countAll<string>().as('n'), sql<string>`count(*) filter (where is_emergency)`.as('emergencies')])
    .groupBy('status')
    .execute();
  const byStatus = rows.map((x) => ({ status: x.status, count: Number(x.n) }));
  return {
    total: byStatus.reduce((s, x) => s + x.count, 0),
    emergencies: rows.reduce((s, x) => s + Number(x.emergencies), 0),
    byStatus,
  };
}

export async function conversationTotals(db: Db, r: Range) {
  const rows = await db
    .selectFrom('conversations')
    .select([
      'channel',
      (eb) => eb.fn.countAll<string>().as('n'),
      sql<string | null>`avg(coalesce(duration_seconds, extract(epoch from (ended_at - started_at))))`.as('avg_duration'),
    ])
    .where('business_id', '=', r.businessId)
    .where('started_at', '>=', r.from)
    .where('started_at', '<', r.to)
    .groupBy('channel')
    .execute();
  const of = (c: 'CHAT' | 'CALL') => rows.find((x) => x.channel === c);
  const avg = (v: string | null | undefined) => (v == null ? null : Math.round(Number(v) * 10) / 10);
  return {
    chats: Number(of('CHAT')?.n ?? 0),
    calls: Number(of('CALL')?.n ?? 0),
    averageChatDurationSeconds: avg(of('CHAT')?.avg_duration),
    averageCallDurationSeconds: avg(of('CALL')?.avg_duration),
  };
}

/** Leads per (weekday, hour) in the business timezone; weekday 0 = Sunday. */
export async function hourlyHeatmap(db: Db, r: Range): Promise<Array<{ dayOfWeek: number; hour: number; count: number }>> {
  const rows = await leadsIn(db, r)
    .select([
      sql<number>`extract(dow from created_at at time zone ${r.timezone})::int`.as('dow'),
      sql<number>`extract(hour from created_at at time zone ${r.timezone})::int`.as('hour'),
      (eb) => eb.fn.countAll<string>().as('n'),
    ])
    .groupBy([sql`1`, sql`2`])
    .orderBy(sql`1`)
    .orderBy(sql`2`)
    .execute();
  return rows.map((x) => ({ dayOfWeek: Number(x.dow), hour: Number(x.hour), count: Number(x.n) }));
}

const MAPS_TO_COLUMN: Record<string, 'name' | 'email' | 'phone' | 'address' | 'issue' | undefined> = {
  NAME: 'name',
  EMAIL: 'email',
  PHONE: 'phone',
  ADDRESS: 'address',
  ISSUE: 'issue',
};

/**
 * For each lead question in order: how many conversations that produced a lead answered it.
 * An answer counts when the lead field the question maps to is filled, or captured_data holds
 * it in any of the shapes the agent writes: chat keeps `answers: [{ questionId, question,
 * answer }]` (leads from before questionId was stored match by the question's text) and
 * `preferredTime`; a call's model keys its answers by the question's text, with
 * `preferred_time`; and a key may be the question's id. (Counting only the id and the maps_to
 * key read every question without a lead column, the visit time for one, as never answered.)
 */
export async function questionDropOff(db: Db, r: Range) {
  const questions = await db.selectFrom('lead_questions').select(['id', 'question', 'position', 'maps_to', 'required']).where('business_id', '=', r.businessId).orderBy('position').execute();
  if (!questions.length) return { leads: 0, questions: [] as Array<{ questionId: string; question: string; position: number; required: boolean; answered: number; dropOffRate: number }> };
  const selections = questions.map((q, i) => {
    const col = q.maps_to ? MAPS_TO_COLUMN[q.maps_to] : undefined;
    const listed = (entry: Record<string, string>) => sql`(jsonb_typeof(captured_data->'answers') = 'array' and captured_data->'answers' @> ${JSON.stringify([entry])}::jsonb)`;
    const conds = [sql`(captured_data ? ${q.id})`, sql`(captured_data ? ${q.question})`, listed({ questionId: q.id }), listed({ question: q.question })];
    if (col) conds.push(sql`(${sql.ref(col)} is not null)`);
    if (q.maps_to === 'PREFERRED_TIME') conds.push(sql`(coalesce(captured_data->>'preferredTime', captured_data->>'preferred_time') is not null)`);
    return sql<string>`count(*) filter (where ${sql.join(conds, sql` or `)})`.as(`q${i}`);
  });
  const row = (await leadsIn(db, r)
    .select([(eb) => eb.fn.countAll<string>().as('total'), ...selections])
    .executeTakeFirstOrThrow()) as Record<string, string>;
  const total = Number(row.total);
  return {
    leads: total,
    questions: questions.map((q, i) => {
      const answered = Number(row[`q${i}`] ?? 0);
      return { questionId: q.id, question: q.question, position: q.position, required: q.required, answered, dropOffRate: total ? Math.round((1 - answered / total) * 1000) / 1000 : 0 };
    }),
  };
}
