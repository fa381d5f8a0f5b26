import { Card, Loading, PageHeader } from '../ui.js';
import { useSession } from '../session.js';

// The current tier and what each tier includes, from the API's own plan table.

const TIERS = ['FREE', 'BASIC', 'PRO'] as const;
const ORDER: Record<string, number> = { FREE: 0, BASIC: 1, PRO: 2 };
const LIMIT_NAMES: Record<string, string> = {
  leadQuestions: 'Lead questions',
  knowledgeItems: 'Knowledge items',
  concurrentCalls: 'Calls at once',
  chatMessagesPerDay: 'Chat messages per day',
  apiKeys: 'API keys',
  teamMembers: 'Team members',
};

export default function PlanPage() {
  const { data: session } = useSession();
  if (!session) return <Loading />;
  const tier = session.plan.tier;
  return (
    <>
      <PageHeader title="Plan">
        You are on the <strong>{tier}</strong> plan.
      </PageHeader>
      <div className="plans">
        {TIERS.map((t) => (
          <section key={t} className={`card${t === tier ? ' current' : ''}`} aria-label={`${t} plan`}>
            <h2>
              {t} {t === tier ? <span className="badge blue">Your plan</span> : null}
            </h2>
            <ul>
              {session.plan.features
                .filter((f) => ORDER[f.requiredPlan]! <= ORDER[t]!)
                .map((f) => (
                  <li key={f.key}>{f.description}</li>
                ))}
            </ul>
          </section>
        ))}
      </div>
      <Card title="Your limits">
        <ul className="list">
          {session.plan.limits.map((l) => (
            <li key={l.name}>
              {LIMIT_NAMES[l.name] ?? l.name}: <strong>{l.value == null ? 'unlimited' : l.value}</strong>
            </li>
          ))}
        </ul>
        <p className="muted">To change plan, contact the team that runs this platform; the change applies at once.</p>
      </Card>
    </>
  );
}
