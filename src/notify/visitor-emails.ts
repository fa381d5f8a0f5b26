import type { Business, Lead } from '../db/schema.js';
import { phoneForVisitors } from '../contacts/phone-display.js';
import { escapeHtml, headerText, type RenderedEmail } from './email-templates.js';

// E-mails to addresses a visitor typed. The visitor controls the address, so these quote nothing
// the visitor wrote (no name, no issue text): the business's name and fixed wording only. Anything
// else would turn the business into a relay for arbitrary text to arbitrary people.

type BusinessInfo = Pick<Business, 'name' | 'phone_number'> & Partial<Pick<Business, 'twilio_number' | 'timezone'>>;

function page(title: string, paragraphs: string[]): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#111;max-width:640px;margin:0 auto;padding:16px">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</body></html>`;
}

export function renderVisitorConfirmationEmail(input: { business: BusinessInfo; lead: Pick<Lead, 'is_emergency' | 'priority'> }): RenderedEmail {
  const { business, lead } = input;
  const emergency = lead.is_emergency || lead.priority === 'URGENT';
  const subject = headerText(emergency ? `We've alerted ${business.name} about your emergency` : `We received your request - ${business.name}`);
  const body = emergency
    ? [
        `Thank you for contacting ${business.name}. We have marked your request as an emergency and alerted the team right away; someone will call you back as soon as possible.`,
        'If anyone is in danger, or you smell gas, leave the building and call your local emergency number now.',
      ]
    : [`Thank you for contacting ${business.name}. We have received your request and will get back to you soon.`];
  // The number as the business's customers write it ("(555) 555-0199" at home), as the chat says it.
  const callUs = business.phone_number ? [`You can also reach us at ${phoneForVisitors(business.phone_number, business)}.`] : [];
  const footer = 'If you did not contact us, you can ignore this e-mail.';
  const paragraphs = ['Hello,', ...body, ...callUs, footer, `- ${business.name}`];
  return { subject, text: paragraphs.join('\n\n'), html: page(subject, paragraphs), priority: emergency ? 'high' : 'normal' };
}

export function renderIdentityCodeEmail(input: { business: Pick<Business, 'name'>; code: string; expiresInMinutes: number }): RenderedEmail {
  const subject = headerText(`Your verification code for ${input.business.name}`);
  const paragraphs = [
    `Your verification code is ${input.code}. It expires in ${input.expiresInMinutes} minutes.`,
    `Someone asked ${input.business.name}'s assistant for the status of your projects. Type this code in that conversation to continue.`,
    'If that was not you, ignore this e-mail: nothing is shared without the code.',
  ];
  return { subject, text: paragraphs.join('\n\n'), html: page(subject, paragraphs), priority: 'high' };
}

export function identityCodeSms(businessName: string, code: string, expiresInMinutes: number): string {
  return `${headerText(businessName, 60)}: your verification code is ${code} (expires in ${expiresInMinutes} min). If you did not ask for it, ignore this message.`;
}

export function renderAccountExistsEmail(input: { context: 'sign-up' | 'team' }): RenderedEmail {
  const subject = 'Someone tried to use your e-mail address';
  const paragraphs = [
    input.context === 'sign-up'
      ? 'Someone tried to create a new account with this e-mail address, but you already have one.'
      : 'A business tried to add this e-mail address to its team, but it already belongs to an account.',
    'If that was you, sign in with your existing account (or reset your password). If not, you can ignore this e-mail: nothing was changed.',
  ];
  return { subject, text: paragraphs.join('\n\n'), html: page(subject, paragraphs), priority: 'normal' };
}
