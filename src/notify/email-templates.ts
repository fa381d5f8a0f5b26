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

const BANNER: Record<Priority, { color: string; label: string }> = {
  URGENT: { color: '#b91c1c', label: 'URGENT: emergency reported, respond now' },
  HIGH: { color: '#c2410c', label: 'HIGH priority: respond soon' },
  NORMAL: { color: '#1d4ed8', label: 'New lead' },
  LOW: { color: '#4b5563', label: 'New lead (low priority)' },
};

type BusinessInfo = Pick<Business, 'name' | 'phone_number' | 'timezone'>;

export function renderOwnerLeadEmail(input: {
  business: BusinessInfo;
  lead: Lead;
  answers: AnswerLine[];
  leadUrl: string;
  priorityFlag: boolean;
}): RenderedEmail {
  const { business, lead, answers, leadUrl } = input;
  const banner = BANNER[lead.priority];
  const subject = headerText(`New ${lead.priority} Priority Lead for ${business.name}`);
  const contact: Array<[string, string | null]> = [
    ['Name', lead.name],
    ['Phone', lead.phone],
    ['E-mail', lead.email],
    ['Address', lead.address],
    ['Channel', lead.channel],
  ];
  const emergency: Array<[string, string | null]> = lead.is_emergency
    ? [
        ['Emergency', 'Yes'],
        ['Severity', lead.emergency_severity === null ? null : `${lead.emergency_severity} / 10`],
        ['Emergency notes', lead.emergency_notes],
      ]
    : [];
  const received = formatTime(lead.created_at, business.timezone);

  const text = [
    banner.label,
    '',
    `A new lead was captured for ${business.name} (${received}).`,
    '',
    ...contact.filter(([, v]) => v).map(([k, v]) => `${k}: ${oneLine(v!)}`),
    lead.issue ? `\nIssue: ${lead.issue}` : '',
    ...(emergency.length ? ['', ...emergency.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`)] : []),
    ...(answers.length ? ['', 'Answers:', ...answers.map((a) => `- ${oneLine(a.question)}: ${oneLine(a.answer)}`)] : []),
    '',
    `Open the lead: ${leadUrl}`,
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');

  const rows = (pairs: Array<[string, string | null]>) =>
    pairs
      .filter(([, v]) => v)
      .map(([k, v]) => `<tr><th align="left" style="padding:4px 12px 4px 0">${escapeHtml(k)}</th><td style="padding:4px 0">${escapeHtml(v)}</td></tr>`)
      .join('');
  const html = layout(
    subject,
    `<div style="background:${banner.color};color:#fff;padding:12px 16px;font-weight:bold;border-radius:6px">${escapeHtml(banner.label)}</div>
<p>A new lead was captured for <strong>${escapeHtml(business.name)}</strong> (${escapeHtml(received)}).</p>
<table style="border-collapse:collapse">${rows(contact)}</table>
${lead.issue ? `<h3>Issue</h3><p style="white-space:pre-wrap">${escapeHtml(lead.issue)}</p>` : ''}
${emergency.length ? `<h3 style="color:${BANNER.URGENT.color}">Emergency</h3><table style="border-collapse:collapse">${rows(emergency)}</table>` : ''}
${
  answers.length
    ? `<h3>Answers</h3><table style="border-collapse:collapse">${answers
        .map((a) => `<tr><th align="left" style="padding:4px 12px 4px 0">${escapeHtml(a.question)}</th><td style="padding:4px 0">${escapeHtml(a.answer)}</td></tr>`)
        .join('')}</table>`
    : ''
}
<p><a href="${escapeHtml(leadUrl)}">Open the lead</a></p>`,
  );
  const priority = input.priorityFlag && (lead.priority === 'URGENT' || lead.priority === 'HIGH') ? 'high' : lead.priority === 'LOW' ? 'low' : 'normal';
  return { subject, text, html, priority };
}

export function renderCustomerConfirmationEmail(input: { business: BusinessInfo; lead: Lead }): RenderedEmail {
  const { business, lead } = input;
  const emergency = lead.is_emergency || lead.priority === 'URGENT';
  const greeting = lead.name ? `Hi ${oneLine(lead.name)},` : 'Hello,';
  const subject = headerText(
    emergency ? `We've alerted ${business.name} about your emergency` : `We received your request - ${business.name}`,
  );
  const body = emergency
    ? [
        `Thank you for contacting ${business.name}. We have marked your request as an emergency and alerted the team right away; someone will call you back as soon as possible.`,
        'If anyone is in danger, or you smell gas, leave the building and call your local emergency number now.',
      ]
    : [`Thank you for contacting ${business.name}. We have received your request and will get back to you soon.`];
  const callUs = business.phone_number ? `You can also reach us at ${business.phone_number}.` : '';
  const text = [greeting, '', ...body, '', lead.issue ? `What you told us: ${lead.issue}` : '', callUs, '', `- ${business.name}`]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');
  const html = layout(
    subject,
    `<p>${escapeHtml(greeting)}</p>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${lead.issue ? `<p><strong>What you told us:</strong> <span style="white-space:pre-wrap">${escapeHtml(lead.issue)}</span></p>` : ''}
${callUs ? `<p>${escapeHtml(callUs)}</p>` : ''}
<p>- ${escapeHtml(business.name)}</p>`,
  );
  return { subject, text, html, priority: emergency ? 'high' : 'normal' };
}

export function renderTestEmail(input: { business: Pick<Business, 'name'> }): RenderedEmail {
  const subject = headerText(`Test e-mail from ${input.business.name}`);
  const text = `This is a test e-mail for ${input.business.name}. If you can read it, lead notifications will reach this address.`;
  return { subject, text, html: layout(subject, `<p>${escapeHtml(text)}</p>`), priority: 'normal' };
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#111;max-width:640px;margin:0 auto;padding:16px">
${body}
</body></html>`;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function formatTime(value: Date | string, timeZone: string): string {
  const date = value instanceof Date ? value : new Date(value);
  try {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone, timeZoneName: 'short' }).format(date);
  } catch {
    return date.toISOString();
  }
}
