import { publicBaseUrl } from '../config.js';

// The console's pages that e-mailed links open (admin/ routes; NOTES-A.md tells the console).

export type AccountLinkKind = 'reset-password' | 'accept-invitation' | 'verify-email';

/** PUBLIC_BASE_URL when set (the address people reach), else this machine: config owns it. */
export const publicBase = publicBaseUrl;

export function accountLink(base: string, kind: AccountLinkKind, token: string): string {
  return `${base}/admin/${kind}?token=${encodeURIComponent(token)}`;
}

export function leadLink(base: string, leadId: string): string {
  return `${base}/admin/leads/${encodeURIComponent(leadId)}`;
}
