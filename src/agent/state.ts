import type { ConversationChannel, Priority } from '../db/schema.js';
import type { Hazard } from './triage.js';
import type { IdentityProofState } from './identity-proof.js';

// The whole state of one conversation, plain JSON so chat keeps it in keyv and voice in
// memory. Everything the visitor said that matters (answers, emergency, identity) is here;
// the transcript itself is in the messages table.

export type Phase = 'CHAT' | 'LEAD' | 'EMERGENCY_CHOICE' | 'IDENTIFY' | 'DONE';

export interface ConversationState {
  version: 1;
  businessId: string;
  conversationId: string;
  channel: ConversationChannel;
  phase: Phase;
  turns: number;
  /** question id -> validated answer */
  answers: Record<string, string>;
  skipped: string[];
  /** Required questions the visitor already declined once (the second refusal is taken: lead-steps.declineReply). */
  declined?: string[];
  /** The question last asked, whose answer the next message is. */
  pendingQuestionId: string | null;
  /** Emergency mode: ask only questions marked essential_for_emergency. */
  essentialOnly: boolean;
  /** `line`: the emergency line the first emergency reply gave (the knowledge's 24/7 line, else the contact number): later turns offer the same one. */
  emergency: { severity: number; matched: string[]; summary: string; hazard?: Hazard | null; laterHazards?: Hazard[]; line?: string | null } | null;
  /** Deferral or time-pressure seen in the conversation; `asked`: it opened with an information question (priority.ts). */
  cues: { high: boolean; low: boolean; asked?: boolean };
  /** Priority without an emergency, set by the first message that says what is wanted (see priority.ts). */
  priority?: Priority | null;
  /** The visitor's last two questions or statements, joined (what "call me back about this" is about). */
  lastQuestion?: string | null;
  /** Those two, apart (see `remember` in format.ts). */
  recent?: string[];
  /** The agent offered to take details; a "yes" now starts the lead flow. */
  offered?: boolean;
  /** An address or a time the visitor gave that none of the business's questions asks for: kept for the lead. */
  given?: { address?: string; when?: string };
  /** The request is for work the team does away from the visitor's place (a bill, a refund): no visit time is asked. */
  offSite?: boolean;
  /** First description of the problem, used for the ISSUE question when not asked. */
  issueText: string | null;
  /** E-mails and phones the visitor typed: the only identities check_project_status accepts. */
  identities: string[];
  /** The client a lead was linked to (for the record). Never grounds a disclosure: see `proof`. */
  clientId: string | null;
  /** One-time-code identity proof: the only way this conversation may hear project status. */
  proof?: IdentityProofState;
  leadId: string | null;
  /** Recent turns for the model (bounded). */
  history: Array<{ role: 'user' | 'assistant'; content: string }>;
  fromNumber: string | null;
  /** What the visitor's last message with a subject was about: what a later "how much for that?" points back to (follow-up.ts). */
  topic?: string | null;
  /** The visitor's words that last asked about a project ("how is my bathroom remodel going"): the code's answer and a later "when will it be done" are about that project. */
  projectAbout?: string | null;
  /** A digest of the unfinished chat's details last written to its conversation (see unfinishedLead in tools.ts). */
  unfinishedSaved?: string;
  /** Notes already said about the reply's language (see language.ts), so each is said once. */
  languageNotes?: string[];
}

export function priorityOf(state: ConversationState): Priority {
  if (state.emergency) return 'URGENT';
  if (state.priority) return state.priority;
  if (state.cues.high) return 'HIGH';
  if (state.cues.low) return 'LOW';
  return 'NORMAL';
}
