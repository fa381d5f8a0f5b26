import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  priority: 'high' | 'normal' | 'low';
  /** Stable per outbox row: a retried delivery carries the same Message-ID (receivers can de-duplicate). */
  messageId: string;
  replyTo?: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'file';
  send(message: MailMessage): Promise<{ messageId: string; location?: string }>;
  close(): void;
}

/** SMTP errors that will not get better by retrying (5xx replies, rejected recipients). */
export class PermanentMailError extends Error {}

/**
 * SMTP_URL: a pooled nodemailer transport with timeouts in seconds, so a hung server costs a
 * retry, not the worker. Without it, each message is written as an .eml file under
 * DATA_DIR/mail/ that any mail client opens.
 */
export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}

/** Seconds, not nodemailer's minutes: a hung server costs one retry, never a stuck worker. */
export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 10_000, greetingMs: 10_000, socketMs: 20_000 };

export function createMailer(
  config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'DATA_DIR'> & { connections?: number; timeouts?: SmtpTimeouts },
): Mailer {
  if (config.SMTP_URL) return smtpMailer(config.SMTP_URL, config.MAIL_FROM, config.connections ?? 5, config.timeouts ?? DEFAULT_SMTP_TIMEOUTS);
  return fileMailer(resolve(config.DATA_DIR || './data', 'mail'), config.MAIL_FROM);
}

function smtpMailer(url: string, from: string, connections: number, timeouts: SmtpTimeouts): Mailer {
  const transport = nodemailer.createTransport({
    url,
    pool: true,
    // One connection per concurrent send of the worker (a queue inside the pool adds latency).
    maxConnections: connections,
    maxMessages: 500,
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    dnsTimeout: timeouts.connectionMs,
  } as never);
  return {
    kind: 'smtp',
    async send(message) {
      try {
        const info = await transport.sendMail(toNodemailer(message, from));
        return { messageId: info.messageId };
      } catch (err) {
        const e = err as Error & { responseCode?: number };
        if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) {
          throw new PermanentMailError(e.message);
        }
        throw err;
      }
    },
    close() {
      transport.close();
    },
  };
}

function fileMailer(dir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' } as never);
  return {
    kind: 'file',
    async send(message) {
      const info = (await transport.sendMail(toNodemailer(message, from))) as unknown as { messageId: string; message: Buffer };
      await mkdir(dir, { recursive: true });
      // Named by the Message-ID alone: a retry overwrites its own file instead of adding a second one.
      const name = `${createHash('sha256').update(message.messageId).digest('hex').slice(0, 24)}.eml`;
      const tmp = join(dir, `.${name}.tmp`);
      await writeFile(tmp, info.message);
      await rename(tmp, join(dir, name));
      return { messageId: info.messageId, location: join(dir, name) };
    },
    close() {
      transport.close();
    },
  };
}

function toNodemailer(message: MailMessage, from: string) {
  return {
    from,
    to: message.to,
    replyTo: message.replyTo,
    subject: message.subject,
    text: message.text,
    html: message.html,
    priority: message.priority,
    messageId: message.messageId,
  };
}
