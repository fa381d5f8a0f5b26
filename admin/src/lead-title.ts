import { formatPhone } from './phone-format.js';

/**
 * Who a lead is, as a list, the dashboard or the lead's page heads it: the name, else the number or
 * the e-mail left, else who they were by channel (an emergency told and left in chat has none: the
 * dashboard called a chat visitor "Unknown caller").
 */
export function leadTitle(l: { name?: string | null; phone?: string | null; email?: string | null; channel?: string | null }): string {
  return l.name ?? (l.phone ? formatPhone(l.phone) : null) ?? l.email ?? (l.channel === 'CALL' ? 'Unknown caller' : 'Unknown visitor');
}
