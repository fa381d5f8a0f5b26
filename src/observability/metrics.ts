import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

// One registry per app instance (tests build many apps in one process; a global registry
// would collide). Domains create their metrics on `registry` through these helpers.

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  counter<L extends string>(name: string, help: string, labelNames?: readonly L[]): Counter<L>;
  gauge<L extends string>(name: string, help: string, labelNames?: readonly L[], collect?: (g: Gauge<L>) => void | Promise<void>): Gauge<L>;
  histogram<L extends string>(name: string, help: string, buckets: number[], labelNames?: readonly L[]): Histogram<L>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    registry,
    httpDuration,
    counter(name, help, labelNames = []) {
      const existing = registry.getSingleMetric(name);
      if (existing) return existing as Counter<never>;
      return new Counter({ name, help, labelNames: [...labelNames], registers: [registry] });
    },
    gauge(name, help, labelNames = [], collect) {
      const existing = registry.getSingleMetric(name);
      if (existing) return existing as Gauge<never>;
      const g: Gauge<string> = new Gauge({
        name,
        help,
        labelNames: [...labelNames] as string[],
        registers: [registry],
        ...(collect ? { collect(this: Gauge<string>) { return collect(this as never); } } : {}),
      });
      return g as never;
    },
    histogram(name, help, buckets, labelNames = []) {
      const existing = registry.getSingleMetric(name);
      if (existing) return existing as Histogram<never>;
      return new Histogram({ name, help, buckets, labelNames: [...labelNames], registers: [registry] });
    },
  };
}
