import { Rng } from './prng.ts';
import { ORG_FIRST, ORG_FORM, ORG_SECOND, slug } from './names.ts';

/** One simulated organization, as the CRM export lists it plus its traffic share. */
export interface DemoCustomer {
  customerId: string;
  name: string;
  tenants: string[];
  tier: 'enterprise' | 'business' | 'starter';
  segment: string;
  arr: number;
  region: 'emea' | 'na' | 'apac' | 'latam';
  locale: string;
  /** Relative log traffic; bigger accounts log more. */
  weight: number;
}

const SEGMENTS = ['finance', 'healthcare', 'retail', 'public-sector', 'tech', 'manufacturing'];
const REGIONS: { region: DemoCustomer['region']; share: number; locales: string[] }[] = [
  { region: 'na', share: 0.4, locales: ['en-US', 'en-US', 'en-CA', 'fr-CA'] },
  { region: 'emea', share: 0.35, locales: ['en-GB', 'de-DE', 'fr-FR', 'nl-NL', 'es-ES'] },
  { region: 'apac', share: 0.15, locales: ['ja-JP', 'en-AU', 'en-SG'] },
  { region: 'latam', share: 0.1, locales: ['es-MX', 'pt-BR', 'es-AR'] },
];
const TIERS = {
  enterprise: { share: 0.12, arrMedian: 240_000, tenants: [2, 3] },
  business: { share: 0.38, arrMedian: 38_000, tenants: [1, 2] },
  starter: { share: 0.5, arrMedian: 6_000, tenants: [1, 1] },
} as const;
const TENANT_SUFFIXES = ['prod', 'eu', 'staging', 'us', 'apac'];

function pickRegion(rng: Rng): (typeof REGIONS)[number] {
  let x = rng.next();
  for (const r of REGIONS) {
    if ((x -= r.share) < 0) return r;
  }
  return REGIONS[0];
}

function pickTier(rng: Rng): DemoCustomer['tier'] {
  const x = rng.next();
  if (x < TIERS.enterprise.share) return 'enterprise';
  return x < TIERS.enterprise.share + TIERS.business.share ? 'business' : 'starter';
}

/**
 * The customer directory: `count` organizations with unique names and tenant ids, tiers,
 * segments, regions and a log-normal ARR per tier. Pure and deterministic for a seed.
 */
export function generateCustomers(seed: number, count: number): DemoCustomer[] {
  const rng = new Rng(seed).fork('customers');
  const combos = ORG_FIRST.length * ORG_SECOND.length * ORG_FORM.length;
  const order = rng.shuffle(Array.from({ length: combos }, (_, i) => i));
  const usedTenants = new Set<string>();
  const out: DemoCustomer[] = [];
  for (let i = 0; i < count; i++) {
    const combo = order[i % combos];
    const first = ORG_FIRST[combo % ORG_FIRST.length];
    const second = ORG_SECOND[Math.floor(combo / ORG_FIRST.length) % ORG_SECOND.length];
    const form = ORG_FORM[Math.floor(combo / (ORG_FIRST.length * ORG_SECOND.length))];
    const round = Math.floor(i / combos);
    const name = `${first} ${second}${round > 0 ? ` ${round + 1}` : ''} ${form}`;
    let base = slug(`${first}-${second}`);
    if (usedTenants.has(`${base}-prod`)) base = slug(`${first}-${second}-${form}`);
    if (usedTenants.has(`${base}-prod`)) base = `${base}-${i}`;
    const tier = pickTier(rng);
    const spec = TIERS[tier];
    const nTenants = rng.int(spec.tenants[0], spec.tenants[1]);
    const tenants = TENANT_SUFFIXES.slice(0, nTenants).map((s) => `${base}-${s}`);
    tenants.forEach((t) => usedTenants.add(t));
    const region = pickRegion(rng);
    const arr = Math.max(1200, Math.round(rng.logNormal(spec.arrMedian, 0.7) / 100) * 100);
    out.push({
      customerId: `C-${10001 + i}`,
      name,
      tenants,
      tier,
      segment: rng.pick(SEGMENTS),
      arr,
      region: region.region,
      locale: rng.pick(region.locales),
      weight: Math.pow(arr, 0.7),
    });
  }
  return out;
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** customers.csv text: `customer_id,name,tenants,tier,segment,arr,region,locale`. */
export function customersCsv(customers: readonly DemoCustomer[]): string {
  const rows = ['customer_id,name,tenants,tier,segment,arr,region,locale'];
  for (const c of customers) {
    rows.push(
      [
        c.customerId,
        c.name,
        c.tenants.join(';'),
        c.tier,
        c.segment,
        String(c.arr),
        c.region,
        c.locale,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return rows.join('\n') + '\n';
}
