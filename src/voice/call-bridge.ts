import { REALTIME, TWILIO, TWILIO_MEDIA_SUFFIX, base64DecodedLength, frameOf, sameBytes, startsWith, stringValue, trailingValueStart, valueEnd, valueStart, valueStartAt, twilioMediaPrefix, twilioMediaTail } from './frames.js';
import { openingEvents } from './realtime-session.js';
import { OPEN, newCallStats, rawSocket, type BridgeHooks, type CallSetup, type CallStats, type HistoryEntry, type Socket } from './bridge-types.js';
import { PlaybackTracker, type ItemPlayback } from './playback-tracker.js';
import { MAX_BUFFERED, RealtimeLink } from './realtime-link.js';
import { ToolRunner } from './tool-runner.js';
import { TurnTimer } from './turn-timer.js';

export type { BridgeHooks, CallSetup, CallStats, HistoryEntry, Socket, StartInfo, ToolResult, TurnLatency } from './bridge-types.js';

// One CallBridge per phone call: Twilio Media Streams on one side, OpenAI Realtime (GA) on the
// other (through its RealtimeLink). All state lives on the instance; nothing is shared between
// calls. Media is relayed as bytes (see frames.ts); only control events are parsed. Where the
// caller is in the agent's audio is the PlaybackTracker's business (marks + PlaybackClock).

const MAX_HISTORY = 40;
const MAX_TURNS = 500;
/** ws copies its options into a fresh object per send: one frozen constant saves an allocation per frame. */
const TEXT = Object.freeze({ binary: false });

export class CallBridge {
  readonly stats: CallStats;
  private setup: CallSetup | undefined;
  private streamSid = '';
  private mediaPrefix: Buffer = TWILIO_MEDIA_SUFFIX;
  private markPrefix = '';
  private mediaTail: Buffer = TWILIO_MEDIA_SUFFIX;
  private link: RealtimeLink | undefined;
  private ended = false;
  private greeted = false;

  /** Barge-in bookkeeping (VOICE.md): per assistant item, audio sent and audio played. */
  private readonly playback = new PlaybackTracker();
  private currentResponseId = '';
  /** currentResponseId as bytes, when it was last set from a delta (see onAudioDelta). */
  private deltaResponseId = '';
  private deltaResponseBytes: Buffer = Buffer.alloc(0);
  private readonly twilioRaw: { cork(): void; uncork(): void } | undefined;
  private readonly cancelledResponses = new Set<string>();
  private interruptTimer: NodeJS.Timeout | undefined;
  private readonly history: HistoryEntry[] = [];
  private readonly turn = new TurnTimer();
  private readonly tools: ToolRunner;
  private sampleCounter = 0;
  /** The payload sizes of the last media frame and audio delta (valueStartAt tries them first). */
  private inPayloadLen = 0;
  private outDeltaLen = 0;

  constructor(
    private readonly twilio: Socket,
    private readonly hooks: BridgeHooks,
  ) {
    this.stats = newCallStats(hooks.now());
    this.tools = new ToolRunner({ hooks, stats: this.stats, turn: this.turn, history: this.history, sendEvent: (ev) => this.sendEvent(ev), ended: () => this.ended });
    this.twilioRaw = rawSocket(twilio);
    twilio.on('message', (data) => this.onTwilioMessage(data as Buffer));
    twilio.on('close', () => this.finish('twilio closed'));
    twilio.on('error', () => this.finish('twilio error'));
  }

  /** Whether Twilio's `start` arrived (a signed socket that never sends it is closed). */
  get started(): boolean {
    return this.streamSid !== '';
  }

  // ---------------------------------------------------------------- Twilio -> OpenAI

  private onTwilioMessage(data: Buffer): void {
    if (this.ended) return;
    // Hot path: media frames are forwarded without parsing.
    if (this.streamSid !== '' && startsWith(data, TWILIO.media)) {
      // Twilio's layout: the payload is last before `"},"streamSid":"..."}` (as long as the last one's, else searched).
      let end = data.length - this.mediaTail.length;
      let start = valueStartAt(data, TWILIO.payload, this.mediaTail, this.inPayloadLen, 16);
      if (start < 0) {
        start = trailingValueStart(data, TWILIO.payload, this.mediaTail, 40);
        if (start >= 0) this.inPayloadLen = end - start;
        else {
          start = valueStart(data, TWILIO.payload, 16);
          end = valueEnd(data, start);
        }
      }
      if (end >= 0) {
        const t0 = this.hooks.onAudioRelayed && (++this.sampleCounter & 63) === 0 ? performance.now() : 0;
        this.stats.framesIn++;
        // The link batches caller audio (several frames per append): see realtime-link.ts.
        this.link!.appendAudio(data, start, end);
        if (t0) this.hooks.onAudioRelayed!('in', performance.now() - t0);
        return;
      }
    }
    if (startsWith(data, TWILIO.mark)) {
      const name = stringValue(data, TWILIO.name, 16);
      if (name !== undefined) return this.onMark(name);
    }
    let msg: { event?: unknown; start?: Record<string, unknown>; streamSid?: unknown; mark?: { name?: unknown } };
    try {
      msg = JSON.parse(data.toString('utf8')) as typeof msg;
      if (msg === null || typeof msg !== 'object') throw new Error('not an object');
    } catch {
      this.stats.malformedFrames++;
      return;
    }
    switch (msg.event) {
      case 'connected':
        return;
      case 'start':
        return void this.onStart(msg);
      case 'media':
        // A media frame before start, or without payload: nothing to forward.
        this.stats.malformedFrames++;
        return;
      case 'mark':
        if (typeof msg.mark?.name === 'string') this.onMark(msg.mark.name);
        return;
      case 'dtmf':
        return;
      case 'stop':
        return this.finish('stop');
      default:
        this.stats.malformedFrames++;
    }
  }

  private async onStart(msg: { start?: Record<string, unknown>; streamSid?: unknown }): Promise<void> {
    if (this.setup || this.streamSid) return;
    const s = msg.start ?? {};
    const streamSid = typeof msg.streamSid === 'string' ? msg.streamSid : typeof s.streamSid === 'string' ? s.streamSid : '';
    const callSid = typeof s.callSid === 'string' ? s.callSid : '';
    const params = s.customParameters && typeof s.customParameters === 'object' ? (s.customParameters as Record<string, string>) : {};
    if (!streamSid || !callSid) return this.reject('start without streamSid/callSid');
    this.streamSid = streamSid;
    this.mediaPrefix = twilioMediaPrefix(streamSid);
    this.markPrefix = `{"event":"mark","streamSid":${JSON.stringify(streamSid)},"mark":{"name":"`;
    this.mediaTail = twilioMediaTail(streamSid);
    this.link = new RealtimeLink(
      {
        open: () => this.hooks.openRealtime(this.setup!),
        onMessage: (data) => this.onRealtimeMessage(data),
        onReconnecting: () => this.playback.clear(this.hooks.now()),
        onGiveUp: () => {
          if (this.setup) void this.hooks.fallback(this.setup).catch((err: unknown) => this.hooks.log.warn({ err: (err as Error).message }, 'voice fallback failed'));
        },
        log: this.hooks.log,
        now: this.hooks.now,
      },
      this.stats,
      callSid,
    );
    let setup: CallSetup | undefined;
    try {
      setup = await this.hooks.authorize({ streamSid, callSid, accountSid: s.accountSid as string | undefined, customParameters: params });
    } catch (err) {
      this.hooks.log.warn({ err: (err as Error).message, callSid }, 'voice stream authorization failed');
    }
    if (this.ended) {
      // Twilio hung up while the call was being authorised: release what authorize reserved.
      if (setup) this.hooks.onEnd(setup, this.stats, this.history);
      return;
    }
    if (!setup) return this.reject('stream token refused');
    this.setup = setup;
    if (setup.resumedAfter && this.hooks.history) {
      // Back from a transfer nobody took: the new session gets the conversation so far.
      try {
        for (const h of await this.hooks.history(setup)) this.history.push(h);
      } catch (err) {
        this.hooks.log.warn({ err: (err as Error).message }, 'voice history load failed');
      }
      if (this.ended) return;
    }
    this.link.connect();
  }

  private reject(reason: string): void {
    this.hooks.log.warn({ reason }, 'voice stream refused');
    this.ended = true;
    this.stats.status = 'ended';
    this.twilio.close(1008, 'policy violation');
  }

  private sendEvent(event: object): void {
    this.link?.sendEvent(event);
  }

  // ---------------------------------------------------------------- OpenAI side

  private onSessionReady(): void {
    const setup = this.setup!;
    // A reconnect (or a transfer nobody took) gives the new session the conversation so far.
    const opening = this.greeted ? 'reconnected' : setup.resumedAfter === 'transfer-failed' ? 'transfer-failed' : 'greeting';
    this.greeted = true;
    for (const ev of openingEvents(setup.profile, { model: this.hooks.model, transcriptionModel: this.hooks.transcriptionModel, history: this.history, opening })) this.sendEvent(ev);
    this.stats.status = 'active';
    this.link!.markReady();
    this.markItem();
  }

  private onRealtimeMessage(data: Buffer): void {
    if (this.ended) return;
    if (startsWith(data, REALTIME.audioDelta)) {
      const from = REALTIME.audioDelta.length;
      // OpenAI's layout: response_id, item_id, then the other fields with delta last. Each is
      // looked for after the one before (one pass over the message), else from the start.
      const rs = valueStart(data, REALTIME.responseId, from);
      const re = valueEnd(data, rs);
      let is = re < 0 ? -1 : valueStart(data, REALTIME.itemId, re);
      if (is < 0) is = valueStart(data, REALTIME.itemId, from);
      const ie = valueEnd(data, is);
      // delta ends the message: its end is known, and its start when as long as the last one's; else searched.
      let de = data.length - REALTIME.deltaTail.length;
      let ds = ie < 0 ? -1 : valueStartAt(data, REALTIME.delta, REALTIME.deltaTail, this.outDeltaLen, ie);
      if (ds < 0 && ie >= 0) {
        ds = trailingValueStart(data, REALTIME.delta, REALTIME.deltaTail, ie);
        if (ds >= 0) this.outDeltaLen = de - ds;
      }
      if (ds < 0) {
        ds = valueStart(data, REALTIME.delta, from);
        de = valueEnd(data, ds);
      }
      if (de >= 0 && ie >= 0) return this.onAudioDelta(data, ds, de, is, ie, rs, re);
    }
    let ev: Record<string, unknown> & { type?: unknown };
    try {
      ev = JSON.parse(data.toString('utf8')) as typeof ev;
      if (ev === null || typeof ev !== 'object') throw new Error('not an object');
    } catch {
      this.stats.malformedFrames++;
      return;
    }
    this.onRealtimeEvent(ev);
  }

  /**
   * One audio delta, given as offsets into the raw event: the base64 audio [ds, de), the item id
   * [is, ie) and the response id [rs, re) (rs < 0 when absent). Ids are compared as bytes with
   * those of the previous delta and decoded only when they change (once per response/item).
   */
  private onAudioDelta(data: Buffer, ds: number, de: number, is: number, ie: number, rs: number, re: number): void {
    const arrivedAt = this.turn.startedAt !== 0 ? performance.now() : 0;
    if (re > rs && (this.cancelledResponses.size > 0 || this.currentResponseId !== this.deltaResponseId || !sameBytes(data, rs, re, this.deltaResponseBytes))) {
      const responseId = data.toString('latin1', rs, re);
      if (this.cancelledResponses.has(responseId)) return;
      this.currentResponseId = this.deltaResponseId = responseId;
      this.deltaResponseBytes = Buffer.from(responseId, 'latin1');
    }
    const t0 = this.hooks.onAudioRelayed && (++this.sampleCounter & 63) === 0 ? performance.now() : 0;
    if (this.stats.firstAudioMs === null) this.stats.firstAudioMs = this.hooks.now() - this.link!.openedAt;
    let item = this.playback.lastItem;
    if (item === undefined || !sameBytes(data, is, ie, item.idBytes)) {
      const next = this.playback.switchTo(data.toString('latin1', is, ie));
      if (next.previous) this.markItem(next.previous);
      item = next.item;
    }
    if (this.twilio.readyState !== OPEN || this.twilio.bufferedAmount > MAX_BUFFERED) {
      this.stats.framesDropped++;
      return;
    }
    const markNow = this.playback.sent(item, base64DecodedLength(data, ds, de) / 8, this.hooks.now());
    const frame = frameOf(this.mediaPrefix, data, ds, de, TWILIO_MEDIA_SUFFIX);
    if (markNow) {
      // The frame and its mark leave in one write (two WebSocket frames, one syscall).
      const raw = this.twilioRaw;
      raw?.cork();
      this.twilio.send(frame, TEXT);
      this.markItem(item);
      raw?.uncork();
    } else {
      this.twilio.send(frame, TEXT);
    }
    this.stats.framesOut++;
    if (t0) this.hooks.onAudioRelayed!('out', performance.now() - t0);
    if (this.turn.startedAt !== 0 && this.currentResponseId === this.turn.responseId) {
      const turn = this.turn.answered(arrivedAt);
      if (this.stats.turns.length < MAX_TURNS) this.stats.turns.push(turn);
      this.hooks.onTurn?.(turn);
    }
  }

  /** Marks the audio of `item` sent so far (generation.item.ms), or probes the round trip while nothing is queued (PlaybackClock). */
  private markItem(item?: ItemPlayback): void {
    if (this.twilio.readyState !== OPEN) return;
    const name = item ? this.playback.markName(item) : this.playback.probe(this.hooks.now());
    if (name !== undefined) this.twilio.send(`${this.markPrefix}${name}"}}`);
  }

  private onMark(name: string): void {
    this.stats.marksEchoed++;
    if (!this.playback.echoed(name, this.hooks.now())) return;
    if (this.playback.marksPending === 0) this.tools.hangup();
  }

  private onRealtimeEvent(ev: Record<string, unknown>): void {
    switch (ev.type) {
      case 'session.created':
        return this.onSessionReady();
      case 'session.updated':
        return;
      case 'input_audio_buffer.speech_started': {
        const delay = this.setup?.profile.interruptionDelayMs ?? 0;
        if (!this.playback.audioPlaying) return this.markItem();
        if (delay <= 0) return this.interrupt();
        clearTimeout(this.interruptTimer);
        this.interruptTimer = setTimeout(() => {
          this.interruptTimer = undefined;
          if (this.playback.audioPlaying) this.interrupt();
        }, delay);
        return;
      }
      case 'input_audio_buffer.speech_stopped':
        // The caller stopped before the confirmation delay: a cough or "uh-huh", not a barge-in.
        clearTimeout(this.interruptTimer);
        this.interruptTimer = undefined;
        // A caller turn ends: its latency runs until the answer's first audio reaches Twilio.
        this.turn.speechStopped();
        // The answer comes next: a fresh round-trip sample first, taken while nothing plays.
        return this.markItem();
      case 'response.created': {
        const r = ev.response as { id?: string } | undefined;
        if (r?.id) {
          this.currentResponseId = r.id;
          this.turn.responseCreated(r.id);
        }
        return;
      }
      case 'response.function_call_arguments.done':
        if (!this.setup || !ev.call_id) return;
        return void this.tools.call(this.setup, String(ev.call_id), String(ev.name ?? ''), String(ev.arguments ?? '{}'));
      case 'conversation.item.input_audio_transcription.completed':
        return this.transcript('user', ev.transcript);
      case 'response.output_audio_transcript.done':
        return this.transcript('assistant', ev.transcript);
      case 'response.output_audio.done': {
        const item = this.playback.find(ev.item_id);
        if (item) this.markItem(item);
        return;
      }
      case 'response.done': {
        const r = ev.response as { id?: string; status?: string } | undefined;
        if (r?.id) this.cancelledResponses.delete(r.id);
        if (this.playback.marksPending === 0) this.tools.hangup();
        return;
      }
      case 'error': {
        this.stats.openaiErrors++;
        const e = ev.error as { type?: string; code?: string; message?: string } | undefined;
        this.hooks.log.warn({ callSid: this.setup?.callSid, code: e?.code, type: e?.type, message: e?.message }, 'realtime error event');
        return;
      }
      default:
        return;
    }
  }

  private transcript(role: 'user' | 'assistant', text: unknown): void {
    if (typeof text !== 'string' || !text.trim() || !this.setup) return;
    const t = text.trim().slice(0, 4000);
    this.history.push({ role, text: t });
    if (this.history.length > MAX_HISTORY) this.history.shift();
    this.hooks.onTranscript(this.setup, role, t);
  }

  /** Barge-in: stop playback, tell the model what the caller actually heard. */
  private interrupt(): void {
    this.stats.interruptions++;
    this.twilio.send(`{"event":"clear","streamSid":${JSON.stringify(this.streamSid)}}`);
    for (const { itemId, audioEndMs } of this.playback.interrupt(this.hooks.now())) {
      this.sendEvent({ type: 'conversation.item.truncate', item_id: itemId, content_index: 0, audio_end_ms: audioEndMs });
      this.stats.truncations++;
    }
    // With a confirmation delay the session does not interrupt by itself (interrupt_response off).
    if ((this.setup?.profile.interruptionDelayMs ?? 0) > 0) this.sendEvent({ type: 'response.cancel' });
    if (this.currentResponseId) {
      this.cancelledResponses.add(this.currentResponseId);
      if (this.cancelledResponses.size > 16) this.cancelledResponses.delete(this.cancelledResponses.values().next().value!);
    }
  }

  // ---------------------------------------------------------------- end

  /** Ends the call: closes the OpenAI socket at once and reports the call. Idempotent. */
  finish(reason: string): void {
    if (this.stats.status === 'ended' && this.ended) {
      return;
    }
    const wasEnded = this.ended;
    this.ended = true;
    this.stats.status = 'ended';
    clearTimeout(this.interruptTimer);
    this.tools.stop();
    this.link?.close();
    if (reason === 'stop' && this.twilio.readyState === OPEN) this.twilio.close(1000, 'stream stopped');
    if (!wasEnded || this.setup) this.hooks.onEnd(this.setup, this.stats, this.history);
  }
}
