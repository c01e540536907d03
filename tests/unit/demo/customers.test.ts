import { describe, expect, it } from 'vitest';
import { customersCsv, generateCustomers } from '../../../core/demo/customers.ts';
import { defaultDemoOptions } from '../../../core/demo/generate.ts';

describe('generateCustomers', () => {
  const customers = generateCustomers(defaultDemoOptions.seed, defaultDemoOptions.customers);

  it('builds at least 1,000 distinct organizations by default', () => {
    expect(customers.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(customers.map((c) => c.customerId)).size).toBe(customers.length);
    expect(new Set(customers.map((c) => c.name)).size).toBe(customers.length);
    const tenants = customers.flatMap((c) => c.tenants);
    expect(new Set(tenants).size).toBe(tenants.length);
  });

  it('gives each customer 1-3 tenants, a tier, segment, region and locale', () => {
    for (const c of customers) {
      expect(c.tenants.length).toBeGreaterThanOrEqual(1);
      expect(c.tenants.length).toBeLessThanOrEqual(3);
      expect(c.tenants[0]).toMatch(/^[a-z0-9-]+-prod$/);
      expect(['enterprise', 'business', 'starter']).toContain(c.tier);
      expect(['emea', 'na', 'apac', 'latam']).toContain(c.region);
      expect(c.locale).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
      expect(c.arr).toBeGreaterThan(0);
    }
    expect(new Set(customers.map((c) => c.segment)).size).toBeGreaterThanOrEqual(5);
  });

  it('skews ARR by tier', () => {
    const median = (tier: string): number => {
      const arr = customers
        .filter((c) => c.tier === tier)
        .map((c) => c.arr)
        .sort((a, b) => a - b);
      return arr[Math.floor(arr.length / 2)] ?? 0;
    };
    expect(median('enterprise')).toBeGreaterThan(median('business'));
    expect(median('business')).toBeGreaterThan(median('starter'));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCustomers(7, 50)).toEqual(generateCustomers(7, 50));
    expect(generateCustomers(8, 50)).not.toEqual(generateCustomers(7, 50));
  });

  it('writes the CRM csv with tenants joined by ;', () => {
    const csv = customersCsv(customers.slice(0, 3)).trim().split('\n');
    expect(csv[0]).toBe('customer_id,name,tenants,tier,segment,arr,region,locale');
    expect(csv).toHaveLength(4);
    expect(csv[1]?.split(',')[2]).toBe(customers[0]?.tenants.join(';'));
  });
});
