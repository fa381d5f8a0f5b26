import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { gql } from '../api.js';
import type { ExpectedFormat, MapsTo } from '../../../genql/index.js';
import { canWrite, limitOf, useSession } from '../session.js';
import { Badge, Card, Checkbox, ErrorNote, Loading, Locked, PageHeader, SelectField, TextField, announce, humanize } from '../ui.js';

// What the agent asks every new customer, in order. Reorder by dragging the handle, or focus
// the handle and press the arrow keys (the new position is announced).

const FORMATS = ['TEXT', 'PHONE', 'EMAIL', 'DATE', 'NUMBER'] as const;
const MAPS = [['', 'Nothing (keep as an answer)'], ['NAME', 'Name'], ['PHONE', 'Phone'], ['EMAIL', 'E-mail'], ['ADDRESS', 'Address'], ['ISSUE', 'Issue'], ['PREFERRED_TIME', 'Preferred time'], ['OTHER', 'Other']] as const;

interface Draft {
  question: string;
  required: boolean;
  essentialForEmergency: boolean;
  expectedFormat: string;
  mapsTo: string;
}
const empty: Draft = { question: '', required: true, essentialForEmergency: false, expectedFormat: 'TEXT', mapsTo: '' };

function QuestionForm({ initial, submitLabel, onSubmit, onCancel, busy, error }: { initial: Draft; submitLabel: string; onSubmit: (d: Draft) => void; onCancel?: () => void; busy: boolean; error: unknown }) {
  const [d, setD] = useState(initial);
  const [err, setErr] = useState<string | null>(null);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!d.question.trim()) return setErr('Write the question the agent should ask');
    setErr(null);
    onSubmit({ ...d, question: d.question.trim() });
  }
  return (
    <form onSubmit={submit} noValidate>
      <TextField label="Question" value={d.question} onChange={(e) => setD({ ...d, question: e.target.value })} error={err} maxLength={500} placeholder="What is the address of the property?" />
      <div className="grid">
        <SelectField label="Answer format" options={FORMATS.map((f) => [f, humanize(f)] as const)} value={d.expectedFormat} onChange={(e) => setD({ ...d, expectedFormat: e.target.value })} />
        <SelectField label="Fills the lead's" options={MAPS} value={d.mapsTo} onChange={(e) => setD({ ...d, mapsTo: e.target.value })} />
      </div>
      <Checkbox label="Required" hint="The agent asks again until it gets an answer." checked={d.required} onChange={(e) => setD({ ...d, required: e.target.checked })} />
      <Checkbox label="Essential in an emergency" hint="Still asked when the customer reports an emergency; other questions are skipped." checked={d.essentialForEmergency} onChange={(e) => setD({ ...d, essentialForEmergency: e.target.checked })} />
      <ErrorNote error={error} />
      <div className="row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

export default function Questions() {
  const qc = useQueryClient();
  const { data: session } = useSession();
  const writer = canWrite(session);
  const q = useQuery({
    queryKey: ['questions'],
    queryFn: () => gql.query({ leadQuestions: { id: true, question: true, required: true, essentialForEmergency: true, expectedFormat: true, mapsTo: true, position: true } }),
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['questions'] });
  const toInput = (d: Draft) => ({ question: d.question, required: d.required, essentialForEmergency: d.essentialForEmergency, expectedFormat: d.expectedFormat as ExpectedFormat, mapsTo: (d.mapsTo || null) as MapsTo | null });
  const create = useMutation({
    mutationFn: (d: Draft) => gql.mutation({ createLeadQuestion: { __args: { input: { ...toInput(d), mapsTo: toInput(d).mapsTo ?? undefined } }, id: true } }),
    onSuccess: () => {
      announce('Question added');
      void refresh();
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  const update = useMutation({
    mutationFn: ({ id, d }: { id: string; d: Draft }) => gql.mutation({ updateLeadQuestion: { __args: { id, input: { ...toInput(d), mapsTo: toInput(d).mapsTo ?? undefined } }, id: true } }),
    onSuccess: () => {
      announce('Question saved');
      setEditing(null);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => gql.mutation({ deleteLeadQuestion: { __args: { id } } }),
    onSuccess: () => {
      announce('Question deleted');
      void refresh();
    },
  });
  const reorder = useMutation({
    mutationFn: (ids: string[]) => gql.mutation({ reorderLeadQuestions: { __args: { ids }, id: true, position: true } }),
    // The saved positions go straight into the cached list, so dropping the optimistic order
    // afterwards never shows the old order for a moment (a drag in that moment moved the wrong row).
    onSuccess: (data) => {
      const saved = new Map(data.reorderLeadQuestions.map((x) => [x.id, x.position]));
      qc.setQueryData<typeof q.data>(['questions'], (old) =>
        old ? { ...old, leadQuestions: old.leadQuestions.map((x) => ({ ...x, position: saved.get(x.id) ?? x.position })) } : old,
      );
    },
    onSettled: () => void refresh(),
  });

  const list = [...(q.data?.leadQuestions ?? [])].sort((a, b) => a.position - b.position);
  const [order, setOrder] = useState<string[] | null>(null);
  // Only the latest of several quick moves clears the optimistic order (an earlier one settling
  // must not undo a later move still on its way).
  const lastMove = useRef(0);
  const shown = order ? order.map((id) => list.find((x) => x.id === id)).filter((x): x is (typeof list)[number] => !!x) : list;

  function move(id: string, to: number) {
    const ids = shown.map((x) => x.id);
    const from = ids.indexOf(id);
    if (from < 0 || to < 0 || to >= ids.length || from === to) return;
    ids.splice(from, 1);
    ids.splice(to, 0, id);
    setOrder(ids);
    const ticket = ++lastMove.current;
    reorder.mutate(ids, { onSettled: () => ticket === lastMove.current && setOrder(null) });
    const text = list.find((x) => x.id === id)?.question ?? 'Question';
    announce(`${text} moved to position ${to + 1} of ${ids.length}`);
  }
  function onHandleKey(e: KeyboardEvent, id: string, index: number) {
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(id, index - 1);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(id, index + 1);
    }
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-handle="${id}"]`)?.focus());
  }

  const max = limitOf(session, 'leadQuestions');
  // The count needs both the plan (session) and the questions: each query can land first, and
  // "(0 of 5)" while the questions load is not what the owner has.
  const counted = max != null && !!q.data;
  const atLimit = counted && list.length >= max;
  return (
    <>
      <PageHeader title="Lead questions">What your agent asks every new customer, in this order, before sending you the lead.</PageHeader>
      {q.error ? <ErrorNote error={q.error} /> : null}
      <Card title={`Your questions${counted ? (list.length > max ? ` (${list.length}: your plan asks the first ${max})` : ` (${list.length} of ${max})`) : ''}`}>
        {q.isPending ? <Loading /> : null}
        {!q.isPending && !list.length ? <p className="muted">No questions yet: add the first one below.</p> : null}
        <p className="hint" id="reorder-help">
          To reorder, drag a question by its handle, or focus the handle and press the up and down arrow keys.
        </p>
        <ol className="list" aria-label="Lead questions" style={{ listStyle: 'none' }}>
          {shown.map((x, i) => (
            <li
              key={x.id}
              className={`qrow${dragId === x.id ? ' dragging' : ''}${overId === x.id && dragId !== x.id ? ' drop-target' : ''}`}
              draggable={writer && editing !== x.id}
              onDragStart={(e) => {
                setDragId(x.id);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', x.id);
              }}
              onDragOver={(e) => {
                e.preventDefault();
                setOverId(x.id);
              }}
              onDragEnd={() => {
                setDragId(null);
                setOverId(null);
              }}
              onDrop={(e) => {
                e.preventDefault();
                const id = e.dataTransfer.getData('text/plain') || dragId;
                if (id) move(id, i);
                setDragId(null);
                setOverId(null);
              }}
              data-question={x.question}
            >
              {writer ? (
                <button type="button" className="handle" data-handle={x.id} aria-describedby="reorder-help" aria-label={`Move "${x.question}", position ${i + 1} of ${shown.length}`} onKeyDown={(e) => onHandleKey(e, x.id, i)}>
                  ⠿
                </button>
              ) : (
                <span className="muted">{i + 1}.</span>
              )}
              {editing === x.id ? (
                <QuestionForm
                  initial={{ question: x.question, required: x.required, essentialForEmergency: x.essentialForEmergency, expectedFormat: x.expectedFormat, mapsTo: x.mapsTo ?? '' }}
                  submitLabel="Save question"
                  busy={update.isPending}
                  error={update.error}
                  onSubmit={(d) => update.mutate({ id: x.id, d })}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div>
                  <div>{x.question}</div>
                  <div className="row small">
                    <Badge tone={x.required ? 'blue' : 'grey'}>{x.required ? 'Required' : 'Optional'}</Badge>
                    {x.essentialForEmergency ? <Badge tone="red">Asked in emergencies</Badge> : null}
                    {x.expectedFormat !== 'TEXT' ? <Badge>{humanize(x.expectedFormat)}</Badge> : null}
                    {max != null && i >= max ? <Badge tone="grey">Not asked on your plan</Badge> : null}
                  </div>
                </div>
              )}
              {writer && editing !== x.id ? (
                <div className="row">
                  <button type="button" className="secondary" onClick={() => setEditing(x.id)} aria-label={`Edit "${x.question}"`}>
                    Edit
                  </button>
                  <button type="button" className="danger" onClick={() => remove.mutate(x.id)} aria-label={`Delete "${x.question}"`}>
                    Delete
                  </button>
                </div>
              ) : (
                <span />
              )}
            </li>
          ))}
        </ol>
        <ErrorNote error={reorder.error ?? remove.error} />
      </Card>
      {writer && q.data ? (
        atLimit ? (
          <Locked featureKey="unlimitedLeadQuestions" />
        ) : (
          <Card title="Add a question">
            <QuestionForm key={list.length} initial={empty} submitLabel="Add question" busy={create.isPending} error={create.error} onSubmit={(d) => create.mutate(d)} />
          </Card>
        )
      ) : null}
    </>
  );
}
