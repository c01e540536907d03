import { describe, expect, it } from 'vitest';
import { generateCustomers } from '../../../core/demo/customers.ts';
import { DEFAULT_DEMO_END, defaultDemoOptions } from '../../../core/demo/generate.ts';
import { planIncidents } from '../../../core/demo/incidents.ts';
import { Rng } from '../../../core/demo/prng.ts';
import { planReleases, versionAt } from '../../../core/demo/releases.ts';
import { compile, fill } from '../../../core/demo/template.ts';

const DAY = 86_400_000;
const end = DEFAULT_DEMO_END;
const start = end - defaultDemoOptions.days * DAY;

describe('incident and release plan (default options)', () => {
  const customers = generateCustomers(defaultDemoOptions.seed, defaultDemoOptions.customers);
  const rng = new Rng(defaultDemoOptions.seed);
  const plan = planReleases(rng.fork('releases'), start, end);
  const incidents = planIncidents(rng.fork('incidents'), customers, plan, start, end, 1_000_000);

  it('plans at least 8 incidents of different sizes', () => {
    expect(incidents.length).toBeGreaterThanOrEqual(8);
    const sizes = incidents.map((i) => i.affected.length);
    expect(sizes).toContain(1);
    expect(sizes.some((n) => n >= 5 && n <= 30)).toBe(true);
    expect(new Set(incidents.map((i) => i.spec.template.signature)).size).toBe(incidents.length);
  });

  it('spreads one incident across 100+ customers within an hour', () => {
    const spread = incidents.find((i) => i.kind === 'spread');
    expect(spread?.affected.length).toBeGreaterThanOrEqual(100);
    const onsets = spread?.affected.map((a) => a.onset) ?? [];
    expect(Math.max(...onsets) - Math.min(...onsets)).toBeLessThanOrEqual(3_600_000);
  });

  it('starts the regression right after the auth-service release', () => {
    const regression = incidents.find((i) => i.kind === 'regression');
    expect(regression?.release).toEqual(plan.regression);
    const gap = (regression?.start ?? 0) - plan.regression.ts;
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThanOrEqual(20 * 60_000);
    expect(versionAt(plan.releases, 'auth-service', regression?.start ?? 0)).toBe(
      plan.regression.version,
    );
    expect(plan.hotfix.ts).toBeGreaterThan(plan.regression.ts);
  });

  it('keeps incidents inside the window and affected tenants real', () => {
    const tenants = new Set(customers.flatMap((c) => c.tenants));
    for (const i of incidents) {
      expect(i.start).toBeGreaterThanOrEqual(start);
      expect(i.end).toBeLessThan(end);
      for (const a of i.affected) expect(tenants.has(a.tenant)).toBe(true);
    }
  });

  it('fills templates and exposes their signatures', () => {
    const t = compile('E Failed to charge invoice {inv} for tenant {tenant}');
    expect(t.level).toBe('error');
    expect(t.signature).toBe('Failed to charge invoice <*> for tenant <*>');
    expect(fill(t, new Rng(1), { tenant: 'acme-prod', user: 'u-1', requestId: 'r-1' })).toMatch(
      /^Failed to charge invoice \d{5} for tenant acme-prod$/,
    );
    expect(() => compile('I {nope}')).toThrow(/unknown template slot/);
  });
});
