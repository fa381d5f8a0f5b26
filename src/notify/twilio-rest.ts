// Moved to src/twilio/client.ts. This re-export only keeps voice/call-control.ts compiling
// until the voice side imports src/twilio/call-control.ts (then this file goes).
export { createTwilioRestClient, type TwilioRestClient } from '../twilio/client.js';
