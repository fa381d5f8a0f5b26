import type { ProjectStatus } from './types.js';
import { normalizeEmail } from '../../contacts/index.js';

// Small pure helpers the providers share when mapping vendor data.

export function progressOf(completed: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((completed / total) * 100)));
}

/** Status from task counts, for vendors without a project status of their own. */
export function statusFromTasks(completed: number, total: number): ProjectStatus {
  if (total === 0) return 'NOT_STARTED';
  if (completed >= total) return 'COMPLETED';
  return completed > 0 ? 'IN_PROGRESS' : 'NOT_STARTED';
}

export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return m ? m[1]! : null;
}

export function text(value: unknown, max = 2000): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t ? t.slice(0, max) : null;
}

export function emailsIn(values: unknown[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (typeof v !== 'string') continue;
    for (const part of v.split(/[\s,;]+/)) {
      const e = normalizeEmail(part);
      if (e) out.add(e);
    }
  }
  return [...out].slice(0, 50);
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
