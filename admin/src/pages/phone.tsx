import { Card, Gate, Loading, PageHeader, formatPhone } from '../ui.js';
import { useSession } from '../session.js';

// The business's phone line. Numbers are assigned by the platform today (provisioning from the
// console arrives with the phone-number API); the page shows the number and how to forward
// the owner's existing line to it when they are busy or do not answer.

export default function Phone() {
  const { data: session } = useSession();
  if (!session) return <Loading />;
  const number = session.me.business.twilioNumber;
  const digits = number?.replace(/[^\d+]/g, '') ?? '';
  return (
    <>
      <PageHeader title="Phone">Your AI receptionist answers calls on this number.</PageHeader>
      <Gate featureKey="realtimeVoice">
        <Card title="Your agent's number">
          {number ? (
            <p className="stat">
              <a href={`tel:${number}`}>{formatPhone(number)}</a>
            </p>
          ) : (
            <p>No number is connected yet. Ask your platform operator to assign one; it then shows here.</p>
          )}
        </Card>
        <Card title="Keep your own number: forward calls you miss">
          <p>Customers keep calling your usual number. When you are busy or do not pick up, your phone company passes the call to your agent. Dial these codes from your own phone:</p>
          <h3>Most mobile networks (GSM: AT&amp;T, T-Mobile, Vodafone…)</h3>
          <ul>
            <li>
              Forward when busy, unanswered or unreachable: <code>**004*{digits || 'agent number'}#</code> then call
            </li>
            <li>
              Only when unanswered: <code>**61*{digits || 'agent number'}#</code>
            </li>
            <li>
              Turn it off: <code>##004#</code>
            </li>
          </ul>
          <h3>Verizon and other CDMA networks</h3>
          <ul>
            <li>
              Forward when busy or unanswered: <code>*71{digits.replace(/^\+1/, '') || 'agent number'}</code>
            </li>
            <li>
              Turn it off: <code>*73</code>
            </li>
          </ul>
          <p className="muted small">Landlines and office systems: ask your provider for "conditional call forwarding" (busy / no answer) to the number above.</p>
        </Card>
      </Gate>
    </>
  );
}
