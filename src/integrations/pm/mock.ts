import { asRecord, emailsIn, progressOf, statusFromTasks, str, text } from './normalize.js';
import type { NormalizedProject, PmProvider, ProjectStatus } from './types.js';

// A provider with no vendor behind it: demo projects for SEED_MOCK_PROJECTS=true and for
// trying the product without an Asana/Jira/monday account. The data is fixed and linked to the
// demo client by e-mail, so the agent has something to answer on day one.

const DEMO_PROJECTS = [
  { id: 'mock-1', name: 'Kitchen re-pipe', customer: 'jane@example.com', tasks: 8, done: 5, due: '2026-12-15', status: 'IN_PROGRESS' },
  { id: 'mock-2', name: 'Water heater replacement', customer: 'jane@example.com', tasks: 4, done: 4, due: '2026-11-01', status: 'COMPLETED' },
  { id: 'mock-3', name: 'Office bathroom remodel', customer: 'facilities@acme.example', tasks: 12, done: 2, due: '2027-02-28', status: 'AT_RISK' },
] as const;

function normalize(data: unknown): NormalizedProject {
  const p = asRecord(data);
  const tasks = Number(p.tasks ?? 0);
  const done = Number(p.done ?? 0);
  const customer = text(p.customer, 300);
  return {
    externalId: str(p.id) ?? 'mock',
    name: text(p.name, 300) ?? 'Demo project',
    status: (str(p.status) as ProjectStatus | undefined) ?? statusFromTasks(done, tasks),
    progress: progressOf(done, tasks),
    dueDate: str(p.due) ?? null,
    description: 'Demo project (mock provider)',
    url: null,
    customerRef: customer,
    contactEmails: emailsIn([customer]),
    taskCount: tasks,
    completedTaskCount: done,
    raw: { id: p.id ?? null },
  };
}

export function createMockProvider(): PmProvider {
  return {
    name: 'MOCK',
    label: 'The demo tool',
    credentialFields: [],
    hintField: 'token',
    async connect() {
      return { accountLabel: 'Demo projects', settings: {} };
    },
    async listProjects() {
      return DEMO_PROJECTS.map(normalize);
    },
    async fetchProject(_ctx, externalId) {
      const p = DEMO_PROJECTS.find((x) => x.id === externalId);
      return p ? normalize(p) : null;
    },
    async setupWebhooks() {
      return { webhookIds: [] };
    },
    async teardownWebhooks() {},
    handleWebhook() {
      return { kind: 'rejected', reason: 'the mock provider has no webhooks' };
    },
    normalizeData: normalize,
  };
}
