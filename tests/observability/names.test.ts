import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMetrics } from '@/lib/metrics';

// The names the log and the metrics use must stay true: an action's log line names it by the
// name given to defineAction, and the Grafana dashboard charts the series src/lib/metrics.ts
// defines. Both are copies of a fact; these checks fail when they drift.

const root = path.resolve(import.meta.dirname, '../..');

describe('server action names', () => {
  it('every defineAction call names the action as it is exported', () => {
    const files = (readdirSync(path.join(root, 'src'), { recursive: true }) as string[]).filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith(`lib${path.sep}actions`),
    );
    let count = 0;
    for (const file of files) {
      const text = readFileSync(path.join(root, 'src', file), 'utf8');
      const calls = text.match(/defineAction\(/g)?.length ?? 0;
      const named = [...text.matchAll(/export const (\w+) = defineAction\(\s*'(\w+)'/g)];
      expect(named.length, `${file}: every defineAction call is \`export const x = defineAction('x', …)\``).toBe(calls);
      for (const [, exported, name] of named) expect(name, file).toBe(exported);
      count += calls;
    }
    expect(count).toBeGreaterThan(50);
  });
});

describe('the Grafana dashboard', () => {
  it('charts every series the app exposes, and only those', () => {
    const dashboard = JSON.parse(readFileSync(path.join(root, 'ops/grafana/page-magic.json'), 'utf8')) as {
      panels: Array<{ targets: Array<{ expr: string }> }>;
    };
    const used = new Set(
      dashboard.panels.flatMap((panel) =>
        panel.targets.flatMap((target) => [...target.expr.matchAll(/\b(pm_[a-z0-9_]+)/g)].map((m) => m[1]!)),
      ),
    );
    const base = (name: string) => name.replace(/_(bucket|sum|count)$/, '');
    const defined = new Set(
      getMetrics()
        .registry.getMetricsAsArray()
        .map((metric) => metric.name)
        .filter((name) => !name.startsWith('pm_process_')),
    );
    const usedBases = new Set([...used].filter((name) => !name.startsWith('pm_process_')).map(base));
    expect([...usedBases].filter((name) => !defined.has(name))).toEqual([]);
    expect([...defined].filter((name) => !usedBases.has(name))).toEqual([]);
  });

  it('no series uses a label Prometheus sets itself at scrape time (`job`, `instance`)', () => {
    const clashing = getMetrics()
      .registry.getMetricsAsArray()
      .filter((metric) => {
        const labelNames = (metric as unknown as { labelNames?: string[] }).labelNames ?? [];
        return labelNames.includes('job') || labelNames.includes('instance');
      })
      .map((metric) => metric.name);
    expect(clashing).toEqual([]);
  });
});
