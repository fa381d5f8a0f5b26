/** What a tap test (or a bench script standing in for one) offers to release resources. */
export interface Teardown {
  teardown(fn: () => unknown): void;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Polls `pred` (sync or async) every `everyMs` until it returns a truthy value, and returns
 * that value; fails with `what` after `timeoutMs`.
 */
export async function until<T>(
  pred: () => T | Promise<T>,
  timeoutMs = 5000,
  what = 'condition',
  everyMs = 5,
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await pred();
    if (v) return v as Exclude<T, false | null | undefined | 0 | ''>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/**
 * The reason a test cannot run on this machine, said loudly: tap lists it as a SKIP, and the
 * same line goes to stderr so nobody mistakes a local pass for a full one. CI installs
 * Chromium, Redis and PostgreSQL, so there nothing is skipped.
 */
export function skipLocally(reason: string | false | undefined): string | false {
  if (!reason) return false;
  const line = `SKIPPED ON THIS MACHINE (CI runs it): ${reason}`;
  process.stderr.write(`\n!!! ${line}\n`);
  return line;
}
