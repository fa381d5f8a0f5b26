import { displayPhone } from '../contacts/phone-display.js';
import { businessCountry } from '../contacts/phone.js';
import { isValidTimezone } from '../schedule/index.js';
import type { Business, Lead, Priority } from '../db/schema.js';

// E-mail templates: each returns subject + plain text + HTML. Every value that came from a
// visitor or a business goes through escapeHtml in the HTML part and headerText in the
// subject, so a lead named "<script>" or a name with a newline arrives inert.

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /** nodemailer priority (X-Priority / Importance headers). */
  priority: 'high' | 'normal' | 'low';
}

export interface AnswerLine {
  question: string;
  answer: string;
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Header-safe one-liner: no control characters (CR/LF would be header injection), bounded. */
export function headerText(value: string, max = 150): string {
  const flat = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const PRIORITY_STYLE: Record<Priority, { color: string; label: string; subject: string }> = {
  URGENT: { color: '#b91c1c', label: 'URGENT: emergency, respond now', subject: 'URGENT' },
  HIGH: { color: '#c2410c', label: 'High priority: respond soon', subject: 'High priority' },
  NORMAL: { color: '#1d4ed8', label: 'New lead', subject: 'New lead' },
  LOW: { color: '#4b5563', label: 'New lead (low priority)', subject: 'New lead (low priority)' },
};

const CHANNEL_TEXT: Record<Lead['channel'], string> = {
  CHAT: 'website chat',
  CALL: 'phone call',
  VOICEMAIL: 'voicemail',
  API: 'API',
};

type BusinessInfo = Pick<Business, 'name' | 'phone_number' | 'timezone'>;

/** A phone number as people write it (+1 555 555 0123, or as at home in the reader's country), with its tel: link. */
export const humanPhone = displayPhone;

/** A captured answer as a person reads it: no JSON, nothing for empty values. */
export function answerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return oneLine(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(answerText).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, answerText(v)] as const)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ');
  }
  return String(value);
}

function shorten(value: string, max: number): string {
  const flat = oneLine(value);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:-]+$/, '')}…`;
}

/**
 * The owner's lead e-mail: readable on a phone in five seconds. The subject says how urgent,
 * what and who ("URGENT: burst pipe, Jane Doe, +1 555-555-0123"); the body leads with the same,
 * then one tap to call, the local time, one button to the lead in the console, and the
 * answers as a list.
 */
export function renderOwnerLeadEmail(input: {
  business: BusinessInfo;
  lead: Lead;
  answers: AnswerLine[];
  leadUrl: string;
  priorityFlag: boolean;
  /** A second e-mail: the visitor added details after the first one went. */
  update?: boolean;
}): RenderedEmail {
  const { business, lead, leadUrl } = input;
  // (A chat the visitor left, or a call hung up, before every question was answered: conversation-end.ts / voice/inbound.ts wrote what they gave.)
  const left = (lead.captured_data as { unfinished?: unknown } | null)?.unfinished === true;
  const updated = input.update
    ? 'The visitor added details after the first e-mail. Everything they gave so far is below.'
    : left
      ? lead.channel === 'CALL'
        ? 'The call ended before the caller answered every question. What they gave is below; call them back on their number.'
        : lead.phone || lead.email
          ? 'The visitor left the chat before answering every question. What they gave is below.'
          : 'The visitor has left no phone number or e-mail. What they told the agent is below; the chat is in the lead.'
      : null;
  const style = PRIORITY_STYLE[lead.priority];
  const phone = humanPhone(lead.phone, businessCountry(business));
  const who = lead.name ? oneLine(lead.name) : null;
  const what = lead.issue ? shorten(lead.issue, 60) : null;
  const subjectParts = [what, who, phone?.display].filter((p): p is string => !!p);
  const subject = headerText(`${input.update ? 'Updated: ' : ''}${style.subject}: ${subjectParts.length ? subjectParts.join(', ') : `a visitor of ${business.name}`}`);
  const received = formatTime(lead.created_at, business.timezone);
  const answers = input.answers.map((a) => ({ question: oneLine(a.question), answer: answerText(a.answer) })).filter((a) => a.question && a.answer);
  const severity = lead.is_emergency && lead.emergency_severity !== null ? `${lead.emergency_severity} / 10` : null;
  // The notes often repeat the visitor's own words, already shown as the issue: said once.
  const notes = lead.is_emergency && lead.emergency_notes ? oneLine(lead.emergency_notes) : null;
  const emergencyNotes = notes && !(lead.issue && oneLine(lead.issue).toLowerCase().includes(notes.toLowerCase())) ? notes : null;
  const via = CHANNEL_TEXT[lead.channel] ?? lead.channel;

  const text = [
    style.label,
    ...(updated ? ['', updated] : []),
    '',
    `${who ?? 'Someone (no name given)'}${phone ? ` - ${phone.display}` : ''}`,
    lead.issue ? oneLine(lead.issue) : '',
    severity ? `Severity: ${severity}${emergencyNotes ? ` (${emergencyNotes})` : ''}` : '',
    '',
    phone ? `Call: ${phone.display}` : '',
    lead.email ? `E-mail: ${oneLine(lead.email)}` : '',
    lead.address ? `Address: ${oneLine(lead.address)}` : '',
    `Received: ${received}, by ${via}`,
    '',
    `Open the lead: ${leadUrl}`,
    ...(answers.length ? ['', 'Answers:', ...answers.map((a) => `- ${a.question}\n  ${a.answer}`)] : []),
    '',
    `${business.name} - lead notification`,
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');

  const button = (href: string, label: string, color: string, outline = false) =>
    `<a href="${escapeHtml(href)}" style="display:inline-block;padding:14px 22px;border-radius:8px;font-size:17px;font-weight:bold;text-decoration:none;${
      outline ? `color:${color};border:2px solid ${color};background:#ffffff` : `color:#ffffff;background:${color};border:2px solid ${color}`
    }">${escapeHtml(label)}</a>`;
  const html = layout(
    subject,
    `<div style="background:${style.color};color:#ffffff;padding:10px 16px;font-size:15px;font-weight:bold;letter-spacing:.02em;border-radius:8px 8px 0 0">${escapeHtml(style.label)}</div>
<div style="border:1px solid #e5e7eb;border-top:0;border-radius:0 0 8px 8px;padding:18px 16px">
${updated ? `<p style="margin:0 0 12px;font-size:15px;font-weight:bold;color:#92400e">${escapeHtml(updated)}</p>` : ''}
<p style="margin:0 0 4px;font-size:22px;font-weight:bold;line-height:1.3">${escapeHtml(who ?? 'Someone (no name given)')}</p>
${lead.issue ? `<p style="margin:0 0 10px;font-size:18px;line-height:1.4;white-space:pre-wrap">${escapeHtml(lead.issue)}</p>` : ''}
${severity ? `<p style="margin:0 0 10px;font-size:15px;color:${PRIORITY_STYLE.URGENT.color};font-weight:bold">Severity ${escapeHtml(severity)}${emergencyNotes ? `: ${escapeHtml(emergencyNotes)}` : ''}</p>` : ''}
<p style="margin:0 0 16px;font-size:14px;color:#4b5563">${escapeHtml(received)} &middot; by ${escapeHtml(via)}</p>
${phone ? `<p style="margin:0 0 12px">${phone.href ? button(phone.href, `Call ${phone.display}`, '#15803d') : `<span style="font-size:17px;font-weight:bold">${escapeHtml(phone.display)}</span>`}</p>` : ''}
<p style="margin:0 0 16px">${button(leadUrl, 'Open the lead', '#1d4ed8', !!phone)}</p>
${
  lead.email || lead.address
    ? `<p style="margin:0 0 16px;font-size:15px;line-height:1.6">${lead.email ? `<a href="mailto:${escapeHtml(lead.email)}" style="color:#1d4ed8">${escapeHtml(lead.email)}</a><br>` : ''}${
        lead.address ? escapeHtml(oneLine(lead.address)) : ''
      }</p>`
    : ''
}
${
  answers.length
    ? `<h2 style="margin:20px 0 8px;font-size:16px">Answers</h2>
<ul style="margin:0;padding:0;list-style:none">${answers
        .map((a) => `<li style="margin:0 0 10px"><div style="font-size:13px;color:#4b5563">${escapeHtml(a.question)}</div><div style="font-size:16px">${escapeHtml(a.answer)}</div></li>`)
        .join('')}</ul>`
    : ''
}
</div>
<p style="margin:12px 0 0;font-size:12px;color:#6b7280">${escapeHtml(business.name)} &middot; lead notification</p>`,
  );
  const priority = input.priorityFlag && (lead.priority === 'URGENT' || lead.priority === 'HIGH') ? 'high' : lead.priority === 'LOW' ? 'low' : 'normal';
  return { subject, text, html, priority };
}

export function renderTestEmail(input: { business: Pick<Business, 'name'> }): RenderedEmail {
  const subject = headerText(`Test e-mail from ${input.business.name}`);
  const text = `This is a test e-mail for ${input.business.name}. If you can read it, lead notifications will reach this address.`;
  return { subject, text, html: layout(subject, `<p>${escapeHtml(text)}</p>`), priority: 'normal' };
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#111;max-width:600px;margin:0 auto;padding:12px">
${body}
</body></html>`;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function formatTime(value: Date | string, timeZone: string): string {
  const date = value instanceof Date ? value : new Date(value);
  // An unknown zone: the exact instant in ISO form rather than a local time that could mislead.
  if (!isValidTimezone(timeZone)) return date.toISOString();
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(date);
}

/** The e-mails that carry a single-use link (reset, invitation, verification). */
export function renderPasswordResetEmail(input: { url: string }): RenderedEmail {
  const subject = 'Reset your password';
  const lines = ['Someone (hopefully you) asked to reset the password of your account.', 'The link works once, for one hour. If you did not ask, ignore this e-mail: your password stays as it is.'];
  return linkEmail(subject, lines, input.url, 'Choose a new password');
}

export function renderInvitationEmail(input: { businessName: string; invitedBy: string | null; role: string; url: string }): RenderedEmail {
  const subject = headerText(`You are invited to ${input.businessName}`);
  const who = input.invitedBy ? oneLine(input.invitedBy) : 'The owner';
  const lines = [
    `${who} invited you to help run ${oneLine(input.businessName)}'s assistant (${input.role === 'ADMIN' ? 'admin: can change settings' : 'member: can see leads and conversations'}).`,
    'Choose your password to accept. The link works once, for seven days.',
  ];
  return linkEmail(subject, lines, input.url, 'Accept the invitation');
}

export function renderVerifyNotificationEmail(input: { businessName: string; url: string }): RenderedEmail {
  const subject = headerText(`Confirm this address for ${input.businessName}'s lead e-mails`);
  const lines = [
    `${oneLine(input.businessName)} wants its new lead and emergency e-mails sent to this address.`,
    'Confirm it with the button (the link works once, for 24 hours). Until then they go to the owner\'s login e-mail. If this is not you, ignore this e-mail.',
  ];
  return linkEmail(subject, lines, input.url, 'Confirm this address');
}

function linkEmail(subject: string, lines: string[], url: string, action: string): RenderedEmail {
  const text = [...lines, '', `${action}: ${url}`].join('\n\n').replace(/\n\n\n/g, '\n\n');
  const html = layout(
    subject,
    `${lines.map((l) => `<p style="font-size:16px;line-height:1.5">${escapeHtml(l)}</p>`).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:14px 22px;border-radius:8px;font-size:17px;font-weight:bold;text-decoration:none;color:#ffffff;background:#1d4ed8">${escapeHtml(action)}</a></p>
<p style="font-size:13px;color:#4b5563;word-break:break-all">Or open this address: ${escapeHtml(url)}</p>`,
  );
  return { subject, text, html, priority: 'normal' };
}
