import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { waitUntil } from '../notify/helpers.js';

/** The .eml files the embedded file mailer wrote under DATA_DIR/mail, parsed. */
export async function mailbox(dataDir: string): Promise<ParsedMail[]> {
  const dir = join(dataDir, 'mail');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return Promise.all(files.map((f) => simpleParser(readFileSync(join(dir, f)))));
}

export const recipientOf = (m: ParsedMail): string | undefined => (m.to && 'value' in m.to ? m.to.value[0]?.address : undefined);

/** Waits until at least `count` e-mails to `to` have a matching subject; returns them all. */
export async function waitForMails(dataDir: string, to: string, subject: RegExp, count: number): Promise<ParsedMail[]> {
  return waitUntil(`${count} e-mail(s) to ${to} (${subject})`, async () => {
    const matching = (await mailbox(dataDir)).filter((m) => recipientOf(m) === to && subject.test(m.subject ?? ''));
    return matching.length >= count ? matching : undefined;
  }, 15_000, 50);
}

/** Waits for the first e-mail to `to` whose subject matches. */
export async function waitForMail(dataDir: string, to: string, subject: RegExp): Promise<ParsedMail> {
  return (await waitForMails(dataDir, to, subject, 1))[0]!;
}

/** The console link of a kind in an e-mail's text part. */
export function linkIn(mail: ParsedMail, path: string): { url: string; token: string } {
  const m = new RegExp(`(https?://[^\\s]+/admin/${path}\\?token=([A-Za-z0-9_%-]+))`).exec(mail.text ?? '');
  if (!m) throw new Error(`no /admin/${path} link in: ${mail.text}`);
  return { url: m[1]!, token: decodeURIComponent(m[2]!) };
}
