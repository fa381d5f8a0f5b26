import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { gql } from '../api.js';
import { Link } from 'react-router';
import { canWrite, feature, useSession } from '../session.js';
import { Badge, Card, ErrorNote, Gate, Loading, PageHeader, TextArea, TextField, announce, formatDateTime, humanize, plural } from '../ui.js';

// What the agent knows: add text, upload files, see status and size, delete, and ask the
// agent a question the way a visitor would.

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPTED = /\.(md|markdown|txt|html?|pdf)$/i;

/** The file's bytes as base64 (the server extracts the text: PDF text layer, HTML to text). */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`${file.name} could not be read`));
    reader.readAsDataURL(file);
  });
}

const fileKind = (name: string) => (/\.pdf$/i.test(name) ? 'PDF' : /\.html?$/i.test(name) ? 'HTML' : /\.(md|markdown)$/i.test(name) ? 'Markdown' : 'Text');
const formatBytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

function AskAgent() {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState<{ q: string; a: string; known: boolean; sources: string[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // askAgent runs the visitor's answer path read-only: no conversation, lead or e-mail.
  async function ask(e: FormEvent) {
    e.preventDefault();
    const q = question.trim();
    if (!q) return;
    setBusy(true);
    setError(null);
    try {
      const { askAgent } = await gql.query({ askAgent: { __args: { question: q }, answer: true, known: true, sources: { title: true } } });
      setAnswer({ q, a: askAgent.answer, known: askAgent.known, sources: askAgent.sources.map((s) => s.title) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card title="Ask your agent">
      <form onSubmit={ask} className="stack">
        <TextField label="Question" value={question} onChange={(e) => setQuestion(e.target.value)} placeholder="How much is a call-out?" hint="See the answer a visitor would get, and where it comes from." maxLength={1000} />
        <button type="submit" disabled={busy || !question.trim()}>
          {busy ? 'Asking…' : 'Ask'}
        </button>
      </form>
      <ErrorNote error={error} />
      {answer ? (
        <div className="stack" aria-live="polite" id="agent-answer">
          <h3>Visitor: {answer.q}</h3>
          <ol className="transcript">
            <li className="assistant">
              <span className="who">Agent</span>
              {answer.a}
            </li>
          </ol>
          {answer.sources.length ? (
            <p className="small" id="agent-answer-sources">
              Sources: {answer.sources.join(', ')}
            </p>
          ) : (
            <p className="muted small" id="agent-answer-sources">
              {answer.known ? 'No source listed.' : 'Nothing in your knowledge, FAQ or profile covers this: add it so your agent can answer.'}
            </p>
          )}
        </div>
      ) : null}
    </Card>
  );
}

export default function Knowledge() {
  const qc = useQueryClient();
  const { data: session } = useSession();
  const writer = canWrite(session);
  const documents = feature(session, 'knowledgeBase')?.included !== false;
  const q = useQuery({
    queryKey: ['knowledge'],
    queryFn: () => gql.query({ knowledgeItems: { id: true, title: true, source: true, status: true, chunkCount: true, size: true, fileName: true, fileSize: true, createdAt: true } }),
    refetchInterval: (query) => (query.state.data?.knowledgeItems.some((k) => k.status === 'PENDING') ? 1500 : false),
  });
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [errs, setErrs] = useState<{ title?: string; content?: string }>({});
  const [fileError, setFileError] = useState<unknown>(null);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['knowledge'] });
    void qc.invalidateQueries({ queryKey: ['dashboard'] });
  };
  const create = useMutation({
    mutationFn: (input: { title: string; content: string; format: 'MARKDOWN' | 'TEXT' }) => gql.mutation({ createKnowledgeItem: { __args: { input }, id: true } }),
    onSuccess: (_d, input) => {
      announce(`"${input.title}" added`);
      setTitle('');
      setContent('');
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => gql.mutation({ deleteKnowledgeItem: { __args: { id } } }),
    onSuccess: () => {
      announce('Deleted');
      refresh();
    },
  });
  function add(e: FormEvent) {
    e.preventDefault();
    const found = { ...(title.trim() ? {} : { title: 'Give it a title' }), ...(content.trim() ? {} : { content: 'Write or paste the text' }) };
    setErrs(found);
    if (Object.keys(found).length) return;
    create.mutate({ title: title.trim(), content, format: 'MARKDOWN' });
  }
  const [uploading, setUploading] = useState<string | null>(null);
  async function upload(e: ChangeEvent<HTMLInputElement>) {
    setFileError(null);
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    for (const file of files) {
      try {
        if (!ACCEPTED.test(file.name)) throw new Error(`${file.name}: choose a .md, .txt, .html or .pdf file`);
        if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than 5 MB`);
        setUploading(file.name);
        const contentBase64 = await readFileBase64(file);
        await gql.mutation({ uploadKnowledgeFile: { __args: { input: { fileName: file.name, contentBase64 } }, id: true } });
        announce(`"${file.name}" uploaded`);
        refresh();
      } catch (err) {
        setFileError(err);
      } finally {
        setUploading(null);
      }
    }
  }
  return (
    <>
      <PageHeader title="Knowledge">Your agent answers visitors from what you put here.</PageHeader>
      <Gate featureKey="knowledgeBase">
        {writer ? (
          <div className="grid">
            <Card title="Add text">
              <form onSubmit={add} noValidate>
                <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} error={errs.title} maxLength={200} />
                <TextArea label="Text" value={content} onChange={(e) => setContent(e.target.value)} error={errs.content} rows={6} hint="Plain text or Markdown: prices, services, areas you cover, policies." />
                <ErrorNote error={create.error} />
                <button type="submit" disabled={create.isPending}>
                  Add to knowledge
                </button>
              </form>
            </Card>
            <Card title="Upload files">
              <div className="field">
                <label htmlFor="kb-upload">Files (.md, .txt, .html, .pdf)</label>
                <input id="kb-upload" type="file" accept=".md,.markdown,.txt,.html,.htm,.pdf,text/markdown,text/plain,text/html,application/pdf" multiple onChange={(e) => void upload(e)} aria-describedby="kb-upload-hint" />
                <p className="hint" id="kb-upload-hint">
                  Up to 5 MB each. Each file becomes one knowledge item; a PDF needs real text in it (not a scan).
                </p>
              </div>
              {uploading ? <p role="status">Uploading {uploading}…</p> : null}
              <ErrorNote error={fileError} />
            </Card>
          </div>
        ) : null}
      </Gate>
      {!documents ? (
        <Card title="What your agent answers from now">
          <p>
            On your plan, your agent answers visitors from your profile: <strong>What you do</strong>, your opening hours and holidays, your
            address and phone, and your <strong>Frequent questions</strong>. Write your prices, services, the areas you cover and how you
            take payment there, the way you would tell a customer.
          </p>
          <p>
            <Link to="/agent">Edit them on the Agent page</Link>
          </p>
        </Card>
      ) : null}
      {writer ? <AskAgent /> : null}
      <Card title="What your agent knows">
        {q.error ? <ErrorNote error={q.error} /> : null}
        {q.isPending ? <Loading /> : null}
        {q.data && !q.data.knowledgeItems.length ? <p className="muted">Nothing yet.</p> : null}
        <ul className="list" aria-label="Knowledge items">
          {q.data?.knowledgeItems.map((k) => (
            <li key={k.id} className="lead-row">
              <span>
                <strong>{k.title}</strong>
                {k.fileName && k.fileName !== k.title ? <span className="muted small"> ({k.fileName})</span> : null}
              </span>
              <span className="row">
                <Badge tone={k.status === 'READY' ? 'green' : k.status === 'FAILED' ? 'red' : 'amber'}>{humanize(k.status)}</Badge>
                {writer ? (
                  <button type="button" className="danger" onClick={() => remove.mutate(k.id)} aria-label={`Delete "${k.title}"`}>
                    Delete
                  </button>
                ) : null}
              </span>
              <span className="meta">
                {k.fileName ? `${fileKind(k.fileName)} file` : humanize(k.source)} · {k.fileSize != null ? `${formatBytes(k.fileSize)} file, ` : ''}
                {plural(k.size, 'character')} · {plural(k.chunkCount, 'passage')} · added {formatDateTime(k.createdAt, session?.me.business.timezone)}
              </span>
            </li>
          ))}
        </ul>
        <ErrorNote error={remove.error} />
      </Card>
    </>
  );
}
