import type { AgentService, ConversationState } from '../agent/index.js';
import { asksForPerson } from '../agent/lead-messages.js';
import { acknowledgement, signsOff } from '../agent/acknowledge.js';
import type { SessionNamespace } from '../sessions/index.js';
import { gather, hangup, redirect, response, say as sayVerb, type SayOptions } from '../twilio/twiml.js';
import { spokenText } from './speech.js';

// The no-key phone agent: a turn-by-turn <Gather input="speech"> loop. Twilio transcribes what
// the caller says and posts it to /api/voice/gather; the same agent brain as the website chat
// answers (knowledge, lead questions, emergencies), and its reply is read out with <Say>.
// The conversation state lives in keyv under the CallSid between turns. A caller who asks for a
// person (or an emergency caller who asks to be connected) gets the same warm transfer as the
// realtime agent (voice/transfer.ts: whisper, press 1, up to 3 numbers); when nobody takes the
// call, the transfer hands the caller back here (transferFailed).

export interface GatherCall {
  state: ConversationState;
  silentTurns: number;
  say: SayOptions;
  /** The team's numbers a transfer rings in turn (up to 3; empty: no transfer). */
  transferNumbers: string[];
  /** What the caller heard last (a failed transfer asks its question again). */
  lastPrompt?: string;
  /** A transfer to the team is under way: 'person' (asked for someone) or 'emergency'. */
  dialing?: 'person' | 'emergency';
}

export type TransferKind = NonNullable<GatherCall['dialing']>;

export interface GatherFlowDeps {
  agent: AgentService;
  calls: SessionNamespace<GatherCall>;
  gatherUrl: string;
  /** An emergency caller asked to be connected: write the URGENT lead before dialling. */
  onEmergencyTransfer(call: GatherCall): Promise<void>;
  /** The caller went silent in an emergency or the questions: what they gave goes to the team now; true when a lead was written. */
  onSilentEnd(call: GatherCall): Promise<boolean>;
  /**
   * The number the team will call back, written for a caller to hear ("(512) 555-0123"), when it is
   * not the one they are calling from (the caller gave another); null for the caller ID.
   */
  otherCallbackNumber(call: GatherCall): Promise<string | null>;
  /** A line of the transcript said outside the agent's turn (the transfer's words). */
  saveMessage(call: GatherCall, role: 'user' | 'assistant', text: string): Promise<void>;
  /** A call whose state is gone (expired, or lost in a restart), rebuilt from the durable rows (its conversation by CallSid); null when there is none to go on with. */
  recover(callSid: string): Promise<GatherCall | null>;
  /** Warm transfer (voice/transfer.ts): the caller's TwiML while the first number rings, `hold` said first; null when nobody can be dialled. */
  transfer(callSid: string, call: GatherCall, kind: TransferKind, hold: string): Promise<string | null>;
  log: { warn(obj: object, msg: string): void };
}

const MAX_TURNS = 40;
const MAX_SILENT = 2;
const CONNECT = /\b(?:connect|call (?:now|them|you)|put me through|transfer|talk to (?:a |someone|somebody|a person|a human))\b/i;
/** The last question said, with a short note after it ("When would suit you? If you'd rather not say, just say skip."). */
const LAST_QUESTION = /[^.!?]*\?(?:\s+[^?]{1,80})?\s*$/;
// "sorry can you repeat that", "what was that", "say that again", "pardon?": a caller cannot scroll back.
const REPEAT = new RegExp(
  String.raw`^(?:(?:sorry|oh|um|uh|yeah|ok(?:ay)?|excuse me|pardon(?: me)?)[,.!?]?\s+)*(?:` +
    [
      String.raw`(?:(?:can|could|would) you |will you |please )?(?:repeat|say) (?:that|it|this|the last (?:bit|part)|what you said)(?: (?:again|one more time|once more))?`,
      String.raw`repeat(?: again)?`,
      String.raw`(?:come again|pardon(?: me)?|sorry|what|huh|excuse me|one more time)`,
      String.raw`what (?:was|did you say|did you just say|was that(?: again)?|did she say|did he say)`,
      String.raw`i (?:didn'?t|did not|couldn'?t|could not) (?:catch|hear|get|understand) (?:that|you|it|what you said)`,
    ].join('|') +
    String.raw`)(?:[,.!?]?\s+(?:please|again|sorry|thanks?|thank you))*[.!?]*$`,
  'i',
);
/** "no", "nope thanks", "no i'm good": nothing more wanted. */
const DECLINE = /^(?:no|nope|nah|no thanks?|no thank you)(?:[,.!]?\s*(?:thanks?|thank you|i'?m good|all good|i'?m fine|that'?s (?:all|it|everything)|bye|goodbye))*[.!]*$/i;
/** Speech recognition's "um", "uh", "hmm" alone: nothing said yet. */
const FILLER_ONLY = /^(?:(?:u+m+|u+h+|h+m+|e+r+m*|a+h+|m+)[,.!?]*\s*)+$/i;
const LOST_GOODBYE = 'Sorry, we lost track of this call on our side. Please call us again and we will be glad to help. Goodbye.';

/** Every <Say> of the loop: the reply as a caller should hear it (voice/speech.ts), not as the chat shows it. */
const say = (text: string, o?: SayOptions) => sayVerb(spokenText(text), o);

export function createGatherFlow(deps: GatherFlowDeps) {
  const next = (c: GatherCall, text: string): string => response(gather(deps.gatherUrl, spokenText(text), c.say), redirect(deps.gatherUrl));
  /** Says `text` in the next speech turn, remembering it as what the caller heard last (the call is saved). */
  async function prompt(callSid: string, c: GatherCall, text: string): Promise<string> {
    c.lastPrompt = text;
    await deps.calls.set(callSid, c);
    return next(c, text);
  }
  /** "on this number", or the number the caller gave instead (QA: "on this number" to a caller who had given another). */
  async function onNumber(call: GatherCall): Promise<string> {
    const other = await deps.otherCallbackNumber(call).catch(() => null);
    return other ? `on ${other}, the number you gave` : 'on this number';
  }
  /** The team is rung (the call saved first: the transfer's outcome reads it back); null when there is nobody to ring. */
  async function transferTo(callSid: string, call: GatherCall, kind: TransferKind, hold: string): Promise<string | null> {
    call.dialing = kind;
    await deps.calls.set(callSid, call);
    const twiml = await deps.transfer(callSid, call, kind, hold);
    if (twiml !== null) return twiml;
    delete call.dialing;
    await deps.calls.set(callSid, call);
    return null;
  }

  /** The call's state, or (gone: expired, or lost in a restart) the call rebuilt from the durable rows. */
  async function load(callSid: string): Promise<{ call: GatherCall; recovered: boolean } | null> {
    if (!callSid) return null;
    const call = await deps.calls.get(callSid);
    if (call) return { call, recovered: false };
    const again = await deps.recover(callSid);
    return again ? { call: again, recovered: true } : null;
  }

  /**
   * A speech turn for a call picked up again from the durable rows: what the caller said is kept
   * in the transcript, and they hear a short apology and the callback (or, with their details
   * taken already, that the team will call), never a "did not catch that".
   */
  async function resumed(callSid: string, call: GatherCall, speech: string): Promise<string> {
    if (speech) await deps.saveMessage(call, 'user', speech);
    const sorry = 'Sorry, I lost track of our conversation for a moment.';
    if (!call.state.leadId) call.state.offered = true;
    const text = call.state.leadId
      ? `${sorry} The team has your details and will call you back. Is there anything else I can help with?`
      : `${sorry} I can take your details so the team can call you back. Would you like that?`;
    await deps.saveMessage(call, 'assistant', text);
    return prompt(callSid, call, text);
  }

  /** Nobody took the transfer (voice/transfer.ts hands the caller back): the alert, or the question again, or the callback. */
  async function transferFailed(callSid: string): Promise<string> {
    const call = (await load(callSid))?.call;
    if (!call) return response(say(LOST_GOODBYE), hangup());
    const was = call.dialing;
    delete call.dialing;
    if (was === 'emergency') {
      // The URGENT lead and the owner's alerts went out before the dial.
      await deps.calls.delete(callSid);
      const text = `Sorry, nobody could pick up right now, but the team has been alerted and will call you back ${await onNumber(call)} as soon as they can. If anyone is in danger, hang up and call the emergency services. Goodbye.`;
      await deps.saveMessage(call, 'assistant', text);
      return response(say(text, call.say), hangup());
    }
    // Mid-questions: the question again; otherwise the callback the details are for.
    const pending = call.state.pendingQuestionId ? LAST_QUESTION.exec(call.lastPrompt ?? '')?.[0].trim() : undefined;
    if (!pending) call.state.offered = true;
    const text = `Sorry, nobody could pick up right now. ${pending ?? 'I can take your details so the team can call you back. Would you like that?'}`;
    await deps.saveMessage(call, 'assistant', text);
    return prompt(callSid, call, text);
  }

  async function start(input: { businessId: string; conversationId: string; callSid: string; fromNumber: string | null; toNumber: string | null; say: SayOptions; transferNumbers: string[] }): Promise<string> {
    const { agent } = deps;
    const { state, greeting } = await agent.startConversation({
      businessId: input.businessId,
      channel: 'CALL',
      callSid: input.callSid,
      fromNumber: input.fromNumber ?? undefined,
      toNumber: input.toNumber ?? undefined,
      conversationId: input.conversationId,
    });
    return prompt(input.callSid, { state, silentTurns: 0, say: input.say, transferNumbers: input.transferNumbers.slice(0, 3) }, greeting);
  }

  /**
   * No answer three times: the call ends. A caller in an emergency or in the middle of the
   * questions is told the team has what they gave (written before it is said), not "call again".
   */
  async function silentGoodbye(callSid: string, call: GatherCall): Promise<string> {
    const saved = await deps.onSilentEnd(call).catch((err: unknown) => (deps.log.warn({ err: (err as Error).message }, 'lead on a silent end failed'), false));
    if (saved) await deps.calls.set(callSid, call);
    const on = saved ? await onNumber(call) : '';
    const text = !saved
      ? 'I did not hear anything, so I will hang up now. Please call again any time. Goodbye.'
      : call.state.emergency
        ? `I did not hear anything, so I will end the call now. The team has been alerted and will call you back ${on} as soon as they can. If anyone is in danger, call the emergency services. Goodbye.`
        : `I did not hear anything, so I will end the call now. The team has your details and will call you back ${on}. Goodbye.`;
    await deps.saveMessage(call, 'assistant', text);
    return response(say(text, call.say), hangup());
  }

  async function turn(p: Record<string, string>): Promise<string> {
    const callSid = p.CallSid ?? '';
    const loaded = await load(callSid);
    const { agent } = deps;
    const said = (p.SpeechResult ?? '').trim().slice(0, 1000);
    const speech = FILLER_ONLY.test(said) ? '' : said;
    if (!loaded) return response(say(LOST_GOODBYE), hangup());
    const { call } = loaded;
    if (loaded.recovered) return resumed(callSid, call, speech);
    if (!speech) {
      call.silentTurns++;
      await deps.calls.set(callSid, call);
      if (call.silentTurns > MAX_SILENT) return silentGoodbye(callSid, call);
      // The question they were asked again (QA: "What is your name?", silence, then "How can I help?"
      // as if the questions had never started), else whether there is anything else.
      const asked = LAST_QUESTION.exec(call.lastPrompt ?? '')?.[0].trim();
      return next(call, `Sorry, I did not catch that. ${asked ?? 'Is there anything else I can help with?'}`);
    }
    call.silentTurns = 0;
    // What they heard last, again (QA: "sorry can you repeat that" got "I don't know that, but I can
    // have someone get back to you", and the words went into the lead's issue).
    if (call.lastPrompt && REPEAT.test(speech)) {
      await deps.calls.set(callSid, call);
      await deps.saveMessage(call, 'user', speech);
      await deps.saveMessage(call, 'assistant', call.lastPrompt);
      return next(call, `Sure. ${call.lastPrompt}`);
    }
    if (call.state.turns >= MAX_TURNS) return response(say('Thanks for calling. The team will follow up with you. Goodbye.', call.say), hangup());
    const wasChoosing = call.state.phase === 'EMERGENCY_CHOICE';
    // (Calls saved before the waterfall had one number.)
    call.transferNumbers ??= [(call as { transferNumber?: string | null }).transferNumber].filter((n): n is string => Boolean(n));
    const canTransfer = call.transferNumbers.length > 0;
    // (Also once the quick questions have started: QA, "I smell gas", "ok", then "connect me" got
    // "Could you tell me your name?".)
    if ((wasChoosing || call.state.emergency) && canTransfer && CONNECT.test(speech)) {
      // The URGENT lead (and the owner's alerts) before anyone is rung: a hang-up while it rings writes no second one.
      await deps.onEmergencyTransfer(call).catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'emergency lead before transfer failed'));
      const text = 'Connecting you now. Please hold.';
      await deps.saveMessage(call, 'user', speech);
      await deps.saveMessage(call, 'assistant', text);
      const twiml = await transferTo(callSid, call, 'emergency', text);
      if (twiml !== null) return twiml;
    }
    // "can i talk to a real person": a caller is put through to the team (the chat offers the line and a callback).
    if (!wasChoosing && canTransfer && asksForPerson(speech)) {
      const text = 'Sure, putting you through to the team now. Please hold.';
      await deps.saveMessage(call, 'user', speech);
      await deps.saveMessage(call, 'assistant', text);
      const twiml = await transferTo(callSid, call, 'person', text);
      if (twiml !== null) return twiml;
    }
    // (The caller was asked whether there is anything else: a plain "no" is the end of the call.)
    const askedAnythingElse = /\banything else\b[^?]*\?\s*$/i.test(call.lastPrompt ?? '');
    const r = await agent.handleTurn(call.state, speech);
    const reply = r.reply;
    call.state = r.state;
    call.lastPrompt = reply;
    await deps.calls.set(callSid, call);
    const bye = acknowledgement(speech) === 'bye' || signsOff(speech);
    // (QA: "ok bye" after the request went got "Bye for now!" and the line stayed open.)
    if ((bye || /^(?:no|nope|that's all|that is all|nothing else|bye|goodbye)\b/i.test(speech)) && call.state.phase === 'DONE') {
      return response(say(`${r.reply} Thanks for calling. Goodbye.`, call.say), hangup());
    }
    // "ok bye" with no questions pending ends the call (the chat's "just ask here" means nothing on a phone),
    // as does "thats all thanks" (QA: it got "You're welcome! If anything else comes up, just ask here.").
    const done = /^(?:(?:ok(?:ay)?|well|no|nope|nah),? )?(?:that'?s|that is) (?:all|it)\b|^(?:no,? )?nothing else\b/i.test(speech) || (askedAnythingElse && DECLINE.test(speech));
    if ((bye || done) && call.state.phase === 'CHAT') {
      return response(say('Thanks for calling. Goodbye.', call.say), hangup());
    }
    return next(call, reply);
  }

  return { start, turn, transferFailed };
}
