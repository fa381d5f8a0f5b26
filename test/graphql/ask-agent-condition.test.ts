import t from 'tap';
import { startGraphqlApp } from './harness.js';

// Session 16 QA (q15-al-39 of the eval): "how long do the outdoor cameras keep recording if the
// power goes out" got the camera price and then the panel battery's "about 24 hours", an invented
// fact about the cameras. The words of a question's condition ("if the power goes out") say when,
// not what: no sentence is added for them alone.

const h = await startGraphqlApp(t);
const owner = await h.business({ plan: 'BASIC', name: 'Sentinel Home Security' });
const GUIDE = `# Sentinel Home Security

Sentinel Home Security installs and monitors alarm systems, cameras, smart locks and smoke/CO detectors for homes, and access control for shops and small offices.

## What are the monitoring plans?

| Plan | Monthly | What's monitored | Video |
| --- | --- | --- | --- |
| Basic | $24.99 | Burglary (doors, windows, motion) | No |
| Plus | $39.99 | Burglary, fire, smoke and CO | 30-day cloud clips, up to 4 cameras |
| Premium | $54.99 | Burglary, fire, smoke, CO, water leak, freeze | 60-day cloud clips, up to 8 cameras, 24/7 recording |

## How much does a system cost to install?
The starter kit is $399 installed: panel, keypad, 2 door sensors, 1 motion sensor and a yard sign. Extra door or window sensors are $45 each.

## What do cameras cost?
$149 per camera installed (indoor or outdoor, 2K, night vision). A video doorbell is $199 installed.

## Troubleshooting
- If the keypad shows "LOW BATT" with a zone number, then replace the battery in that sensor (CR123A for door sensors). We'll mail you one free.
- If the keypad shows "AC LOSS", then the panel has lost power and is running on its backup battery, which lasts about 24 hours. Check the plug and the breaker.
- If the keypad shows "COMM FAIL", then the panel can't reach us. Unplug the internet router for 30 seconds; if it stays on, call support.
- If a camera shows "offline" in the app, then restart it from the app or unplug it for 10 seconds.
`;
await owner.gql.mutation({ createKnowledgeItem: { __args: { input: { title: 'Guide', content: GUIDE } }, status: true } });
const ask = async (question: string) => (await owner.gql.query({ askAgent: { __args: { question }, answer: true } })).askAgent.answer as string;

t.test('the condition of a question is no part of its own: no panel battery for a camera question', async (t) => {
  const r = await ask('how long do the outdoor cameras keep recording if the power goes out');
  t.notMatch(r, /24 hours|AC LOSS/);
  // The battery asked about itself is still answered.
  t.match(await ask('how long does the backup battery last if the power goes out'), /about 24 hours/);
});
