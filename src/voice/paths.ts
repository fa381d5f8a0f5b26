// The routes Twilio calls for voice (src/http/voice.ts serves them; TwiML points at them).
export const STREAM_PATH = '/api/voice/stream';
export const INBOUND_PATH = '/api/voice/inbound';
export const STATUS_PATH = '/api/voice/status';
export const GATHER_PATH = '/api/voice/gather';
export const VOICEMAIL_PATH = '/api/voice/voicemail';
export const TRANSCRIPTION_PATH = '/api/voice/transcription';
/** Warm transfer callbacks: whisper TwiML for the person called, their key press, the <Dial> outcome. */
export const TRANSFER_WHISPER_PATH = '/api/voice/transfer/whisper';
export const TRANSFER_ACCEPT_PATH = '/api/voice/transfer/accept';
export const TRANSFER_DIAL_DONE_PATH = '/api/voice/transfer/dial-done';
/** A transfer leg's status callbacks (<Number statusCallback>): its CallSid, to cancel it if the caller hangs up. */
export const TRANSFER_LEG_STATUS_PATH = '/api/voice/transfer/leg-status';
