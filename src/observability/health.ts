// Parts of the app report into /health through this registry instead of /health knowing them.

export type HealthState = 'ok' | 'degraded' | 'error';

export interface HealthReport {
  status: HealthState;
  [detail: string]: unknown;
}

export type HealthCheck = () => HealthReport | Promise<HealthReport>;

export interface HealthRegistry {
  register(name: string, check: HealthCheck): void;
  run(): Promise<{ status: HealthState; checks: Record<string, HealthReport> }>;
}

const RANK: Record<HealthState, number> = { ok: 0, degraded: 1, error: 2 };

export function createHealthRegistry(timeoutMs = 2000): HealthRegistry {
  const checks = new Map<string, HealthCheck>();
  return {
    register(name, check) {
      checks.set(name, check);
    },
    async run() {
      const entries = await Promise.all(
        [...checks].map(async ([name, check]): Promise<[string, HealthReport]> => {
          let timer: NodeJS.Timeout | undefined;
          try {
            const report = await Promise.race([
              Promise.resolve().then(check),
              new Promise<HealthReport>((resolve) => {
                timer = setTimeout(() => resolve({ status: 'error', error: `check timed out after ${timeoutMs} ms` }), timeoutMs);
              }),
            ]);
            return [name, report];
          } catch (err) {
            return [name, { status: 'error', error: (err as Error).message }];
          } finally {
            clearTimeout(timer);
          }
        }),
      );
      let status: HealthState = 'ok';
      for (const [, r] of entries) if (RANK[r.status] > RANK[status]) status = r.status;
      return { status, checks: Object.fromEntries(entries) };
    },
  };
}
