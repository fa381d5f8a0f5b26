// The summary and lead extraction live in conversations/ (shared by chat and calls); this
// re-export keeps voice's imports compiling until voice imports conversations/ directly.
export { asksForSomething, extractLead, summariseCall, type ExtractedLead } from '../conversations/summary.js';
