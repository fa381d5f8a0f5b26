import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { gql } from '../api.js';
import type { WidgetPosition } from '../../../genql/index.js';
import { canWrite, feature, useSession } from '../session.js';
import { Card, Checkbox, ErrorNote, Loading, Locked, PageHeader, SelectField, TextArea, TextField, announce } from '../ui.js';

// How the chat widget looks and where it may run: colours, position, greeting, branding
// (by plan), the websites allowed to embed it, the snippet to paste, and the real widget in a
// preview frame.

export function embedSnippet(origin: string, businessId: string): string {
  return `<script src="${origin}/widget.js" data-business-id="${businessId}" async></script>`;
}

/** https://www.example.com/page -> https://www.example.com; null when it is not a web origin. */
export function toOrigin(s: string): string | null {
  const t = s.trim();
  if (!t) return null;
  try {
    const u = new URL(/^https?:\/\//i.test(t) ? t : `https://${t}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

const HEX = /^#[0-9a-fA-F]{6}$/;

export default function Widget() {
  const qc = useQueryClient();
  const { data: session } = useSession();
  const writer = canWrite(session);
  const q = useQuery({
    queryKey: ['widget'],
    queryFn: () =>
      gql.query({
        widgetConfig: { primaryColor: true, textColor: true, backgroundColor: true, position: true, launcherText: true, showBranding: true },
        agentConfig: { greeting: true },
        business: { id: true, allowedOrigins: true },
      }),
  });
  const [form, setForm] = useState({ primaryColor: '#2563eb', textColor: '#ffffff', backgroundColor: '#ffffff', position: 'BOTTOM_RIGHT', launcherText: '', greeting: '', showBranding: true });
  const [origins, setOrigins] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [previewKey, setPreviewKey] = useState(0);
  useEffect(() => {
    if (!q.data) return;
    const w = q.data.widgetConfig;
    setForm({ primaryColor: w.primaryColor, textColor: w.textColor, backgroundColor: w.backgroundColor, position: w.position, launcherText: w.launcherText, greeting: q.data.agentConfig.greeting, showBranding: w.showBranding });
    setOrigins(q.data.business.allowedOrigins.join('\n'));
  }, [q.data]);
  const save = useMutation({
    mutationFn: async () => {
      const list = origins.split(/[\s,]+/).filter(Boolean);
      const parsed = list.map(toOrigin);
      const bad = list.filter((_, i) => !parsed[i]);
      const found: Record<string, string> = {};
      if (bad.length) found.origins = `Not a website address: ${bad.join(', ')}`;
      for (const k of ['primaryColor', 'textColor', 'backgroundColor'] as const) if (!HEX.test(form[k])) found[k] = 'Use a colour like #2563eb';
      setErrors(found);
      if (Object.keys(found).length) throw new Error('Check the highlighted fields');
      const brandingAllowed = feature(session, 'brandingRemoval')?.included;
      await gql.mutation({
        updateWidgetConfig: {
          __args: {
            input: {
              primaryColor: form.primaryColor,
              textColor: form.textColor,
              backgroundColor: form.backgroundColor,
              position: form.position as WidgetPosition,
              launcherText: form.launcherText.trim() || undefined,
              ...(brandingAllowed ? { showBranding: form.showBranding } : {}),
            },
          },
          id: true,
        },
        updateAgentConfig: { __args: { input: { greeting: form.greeting } }, id: true },
        updateBusiness: { __args: { input: { allowedOrigins: [...new Set(parsed.filter((x): x is string => !!x))] } }, id: true },
      });
    },
    onSuccess: () => {
      announce('Widget saved');
      setPreviewKey((k) => k + 1);
      void qc.invalidateQueries({ queryKey: ['widget'] });
      void qc.invalidateQueries({ queryKey: ['session'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
      void qc.invalidateQueries({ queryKey: ['agent'] });
    },
  });
  if (q.error) return <ErrorNote error={q.error} />;
  if (!q.data || !session) return <Loading />;
  const snippet = embedSnippet(location.origin, q.data.business.id);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      announce('Snippet copied');
    } catch {
      const el = document.getElementById('embed-snippet');
      if (el) window.getSelection()?.selectAllChildren(el);
      announce('Press Ctrl+C (or ⌘C) to copy the selected snippet');
    }
  }
  const branding = feature(session, 'brandingRemoval');
  return (
    <>
      <PageHeader title="Widget">The chat bubble on your website.</PageHeader>
      <Card title="Add it to your website" actions={<button type="button" onClick={() => void copy()}>Copy snippet</button>}>
        <p>Paste this just before &lt;/body&gt; on every page of your site, and list the site below.</p>
        <pre className="snippet" id="embed-snippet" tabIndex={0} aria-label="Embed snippet">
          {snippet}
        </pre>
        {q.data.business.allowedOrigins.length === 0 ? <p className="error">No website is allowed yet: the widget will not answer on your site until you add its address below.</p> : null}
      </Card>
      <div className="grid">
        <Card title="Settings">
          <form
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              save.mutate();
            }}
            noValidate
          >
            <fieldset disabled={!writer}>
              <TextArea label="Websites allowed to show the widget" value={origins} onChange={(e) => setOrigins(e.target.value)} error={errors.origins} rows={3} hint="One per line, e.g. https://www.example.com" />
              <TextArea label="Greeting" value={form.greeting} onChange={set('greeting')} rows={2} maxLength={500} hint="The first thing the agent says in every chat. The same greeting is on the Agent page." />
              <TextField label="Button text" value={form.launcherText} onChange={set('launcherText')} maxLength={40} />
              <div className="grid">
                <TextField label="Main colour" type="color" value={form.primaryColor} onChange={set('primaryColor')} error={errors.primaryColor} />
                <TextField label="Text colour on it" type="color" value={form.textColor} onChange={set('textColor')} error={errors.textColor} />
                <TextField label="Panel background" type="color" value={form.backgroundColor} onChange={set('backgroundColor')} error={errors.backgroundColor} />
              </div>
              <SelectField label="Position" options={[['BOTTOM_RIGHT', 'Bottom right'], ['BOTTOM_LEFT', 'Bottom left']]} value={form.position} onChange={set('position')} />
              {branding?.included ? (
                <Checkbox label='Show "Powered by"' checked={form.showBranding} onChange={(e) => setForm((f) => ({ ...f, showBranding: e.target.checked }))} />
              ) : null}
              <ErrorNote error={save.error} />
              <button type="submit" disabled={save.isPending}>
                Save widget
              </button>
            </fieldset>
          </form>
          {branding && !branding.included ? <Locked featureKey="brandingRemoval" /> : null}
        </Card>
        <Card title="Preview">
          <p className="hint">The real widget with your saved settings. Open it and chat: it is a real conversation.</p>
          <iframe key={previewKey} className="preview" title="Widget preview" src={`/admin/preview?businessId=${encodeURIComponent(q.data.business.id)}`} />
        </Card>
      </div>
    </>
  );
}
