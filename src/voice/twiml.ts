// TwiML documents as strings. Every value that came from a user or a business is escaped.

export function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface SayOptions {
  voice?: string;
  language?: string;
}

function sayAttrs(o: SayOptions): string {
  return (o.voice ? ` voice="${escapeXml(o.voice)}"` : '') + (o.language ? ` language="${escapeXml(o.language)}"` : '');
}

export const say = (text: string, o: SayOptions = {}): string => `<Say${sayAttrs(o)}>${escapeXml(text)}</Say>`;

export const response = (...verbs: string[]): string => `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs.join('')}</Response>`;

export function connectStream(streamUrl: string, parameters: Record<string, string>): string {
  const params = Object.entries(parameters)
    .map(([name, value]) => `<Parameter name="${escapeXml(name)}" value="${escapeXml(value)}"/>`)
    .join('');
  return `<Connect><Stream url="${escapeXml(streamUrl)}">${params}</Stream></Connect>`;
}

export function gather(action: string, prompt: string, o: SayOptions & { timeoutSec?: number } = {}): string {
  return (
    `<Gather input="speech" action="${escapeXml(action)}" method="POST" speechTimeout="auto" timeout="${o.timeoutSec ?? 6}"` +
    `${o.language ? ` language="${escapeXml(o.language)}"` : ''}>${say(prompt, o)}</Gather>`
  );
}

export const redirect = (url: string): string => `<Redirect method="POST">${escapeXml(url)}</Redirect>`;
export const hangup = (): string => '<Hangup/>';
export const dial = (number: string): string => `<Dial>${escapeXml(number)}</Dial>`;

export function record(action: string, transcribeCallback: string, maxLengthSec = 120): string {
  return (
    `<Record action="${escapeXml(action)}" method="POST" maxLength="${maxLengthSec}" playBeep="true" ` +
    `transcribe="true" transcribeCallback="${escapeXml(transcribeCallback)}"/>`
  );
}
