import { useQuery } from '@tanstack/react-query';
import { gql } from './api.js';
import type { Plan } from '../../genql/index.js';

// Who is signed in, their business and what its plan includes: one query, cached for the
// whole console (pages ask `useSession()` instead of fetching it again).

export const sessionKey = ['session'] as const;

export async function fetchSession() {
  const data = await gql.query({
    me: {
      role: true,
      user: { id: true, email: true, name: true },
      business: {
        id: true,
        name: true,
        plan: true,
        timezone: true,
        allowedOrigins: true,
        twilioNumber: true,
        phoneNumber: true,
        notificationSettings: { notificationEmail: true, notificationPhoneNumber: true, escalationContacts: true },
        notificationEmailVerified: true,
        leadEmailRecipient: true,
      },
    },
    plan: { tier: true, features: { key: true, description: true, included: true, requiredPlan: true }, limits: { name: true, value: true } },
  });
  return data;
}

export type Session = Awaited<ReturnType<typeof fetchSession>>;

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** Owners and admins change things; members read. */
export function canWrite(session: Session | undefined): boolean {
  return session?.me.role === 'OWNER' || session?.me.role === 'ADMIN';
}

export interface FeatureInfo {
  key: string;
  description: string;
  included: boolean;
  requiredPlan: Plan;
}

export function feature(session: Session | undefined, key: string): FeatureInfo | undefined {
  return session?.plan.features.find((f) => f.key === key);
}

export function limitOf(session: Session | undefined, name: string): number | null | undefined {
  return session?.plan.limits.find((l) => l.name === name)?.value;
}
