import { join } from 'node:path';
import type { DemoCustomer } from './customers.ts';
import type { Incident } from './incidents.ts';
import { incidentLines } from './incidents.ts';
import { Rng, WeightedPicker } from './prng.ts';
import type { Release } from './releases.ts';
import { versionAt } from './releases.ts';
import type { RecordContext, ServiceFormat, ServiceName } from './services/service.ts';
import { SERVICES } from './services/index.ts';
import { MINUTE } from './time.ts';
import { LineFileWriter } from './writer.ts';

/** What customers could quote from an incident: the first records each tenant saw. */
export interface IncidentSample {
  t: number;
  requestId: string;
  line: string;
}

export interface TrafficResult {
  lines: number;
  records: number;
  files: { path: string; lines: number }[];
  /** incident id -> tenant -> first samples; incident id -> tenant -> record count. */
  samples: Map<string, Map<string, IncidentSample[]>>;
  incidentRecords: Map<string, Map<string, number>>;
}

export interface TrafficOptions {
  logsDir: string;
  seed: number;
  customers: readonly DemoCustomer[];
  releases: readonly Release[];
  incidents: readonly Incident[];
  start: number;
  end: number;
  events: number;
  onProgress?: (done: number, total: number) => void;
}

const SHARES: [ServiceName, number][] = [
  ['api-gateway', 0.34],
  ['orders-service', 0.25],
  ['auth-service', 0.21],
  ['billing-worker', 0.12],
  ['infra', 0.08],
];
const INFRA_HOSTS = ['web-01', 'web-02', 'web-03', 'web-04', 'db-01', 'db-02', 'mq-01'];
const TENANTED_SHARE = 0.93; // the rest is health checks, signups, key rotation...

/** Daily and weekly rhythm: busy afternoons (UTC), quiet nights and weekends. */
function rhythm(t: number): number {
  const d = new Date(t);
  const h = d.getUTCHours() + d.getUTCMinutes() / 60;
  const day = 0.25 + Math.max(0, Math.sin((Math.PI * (h - 5)) / 17));
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6 ? 0.45 : 1;
  return day * weekend;
}

interface Tenant {
  tenant: string;
  users: number;
  userBase: number;
}

function tenantPicker(customers: readonly DemoCustomer[]): WeightedPicker<Tenant> {
  const tenants: Tenant[] = [];
  const weights: number[] = [];
  let userBase = 1000;
  for (const c of customers) {
    c.tenants.forEach((tenant, i) => {
      const share = c.tenants.length === 1 ? 1 : i === 0 ? 0.7 : 0.3 / (c.tenants.length - 1);
      const users = Math.max(3, Math.round(Math.sqrt(c.weight) / 3));
      tenants.push({ tenant, users, userBase });
      weights.push(c.weight * share);
      userBase += users;
    });
  }
  return new WeightedPicker(tenants, weights);
}

/**
 * Writes every service's log files under `logsDir`, minute by minute: background traffic
 * following the rhythm and customers' size, plus the incidents' records. Streams to disk;
 * memory does not grow with `events`.
 */
export async function writeTraffic(opts: TrafficOptions): Promise<TrafficResult> {
  const rng = new Rng(opts.seed).fork('traffic');
  const services = new Map(SERVICES.map((s) => [s.name, s]));
  const servicePicker = new WeightedPicker(
    SHARES.map(([n]) => services.get(n) as ServiceFormat),
    SHARES.map(([, w]) => w),
  );
  const tenants = tenantPicker(opts.customers);
  const userOf = new Map(tenants.items.map((t) => [t.tenant, t]));
  const writers = new Map<string, LineFileWriter>();
  const current = new Map<ServiceName, LineFileWriter>();
  const result: TrafficResult = {
    lines: 0,
    records: 0,
    files: [],
    samples: new Map(),
    incidentRecords: new Map(),
  };
  const minutes = Math.floor((opts.end - opts.start) / MINUTE);
  let totalWeight = 0;
  for (let m = 0; m < minutes; m += 60)
    totalWeight += rhythm(opts.start + m * MINUTE) * Math.min(60, minutes - m);
  const budget = Math.max(0, opts.events - incidentLines(opts.incidents));
  const pointers = opts.incidents.map(() => 0);
  const done = opts.incidents.map(() => 0);
  let cumWeight = 0;
  let background = 0;
  const buckets = new Map<ServiceName, { t: number; text: string; n: number }[]>();
  const out: string[] = [];
  // Versions change at most a few times per window: resolve them once per minute.
  const versions = new Map<ServiceName, string>();

  const context = (
    t: number,
    tenant: Tenant | null,
    service: ServiceFormat,
    host: string | null,
  ): RecordContext => {
    const needsIds = service.name === 'orders-service' || service.name === 'auth-service';
    return {
      t,
      tenant: tenant ? tenant.tenant : null,
      user: tenant ? `u-${tenant.userBase + rng.int(0, tenant.users - 1)}` : `u-${rng.int(1, 999)}`,
      requestId: needsIds ? `r-${rng.hex(12)}` : '',
      traceId: needsIds ? rng.hex(32) : '',
      version: versions.get(service.name) ?? '',
      host: host ?? rng.pick(INFRA_HOSTS),
    };
  };
  const push = (service: ServiceName, t: number): void => {
    let list = buckets.get(service);
    if (!list) buckets.set(service, (list = []));
    list.push({ t, text: out.join('\n'), n: out.length });
    result.records++;
    out.length = 0;
  };

  for (let m = 0; m < minutes; m++) {
    const t0 = opts.start + m * MINUTE;
    cumWeight += rhythm(t0);
    for (const s of SERVICES) versions.set(s.name, versionAt(opts.releases, s.name, t0));
    const target = (budget * cumWeight) / totalWeight;
    while (background < target) {
      const service = servicePicker.pick(rng);
      const tenanted = service.name !== 'infra' && rng.chance(TENANTED_SHARE);
      const t = t0 + rng.int(0, MINUTE - 1000);
      service.background(rng, context(t, tenanted ? tenants.pick(rng) : null, service, null), out);
      background += out.length;
      push(service.name, t);
    }
    opts.incidents.forEach((inc, i) => {
      if (t0 < inc.start || t0 > inc.end) return;
      const service = services.get(inc.service) as ServiceFormat;
      const span = Math.max(1, (inc.end - inc.start) / MINUTE + 1);
      const x = (t0 - inc.start) / MINUTE + 1;
      const share = inc.growing ? (x / span) ** 2 : x / span;
      let quota = Math.round(inc.records * share) - done[i];
      const emit = (tenant: string | null): void => {
        const t = t0 + rng.int(0, MINUTE - 1000);
        const ctx = context(t, tenant ? (userOf.get(tenant) ?? null) : null, service, inc.host);
        service.incident(rng, ctx, inc.spec, out);
        if (tenant)
          record(result, inc.id, tenant, {
            t,
            requestId: ctx.requestId,
            line: out[inc.spec.tenantOnFirstLineOnly && out.length === 2 ? 1 : 0],
          });
        push(service.name, t);
        done[i] = done[i] + 1;
        quota--;
      };
      // Every affected tenant gets a record at its onset; later records go to reached tenants.
      let p = pointers[i];
      while (p < inc.affected.length && (inc.affected[p]?.onset ?? Infinity) < t0 + MINUTE)
        emit(inc.affected[p++]?.tenant ?? null);
      pointers[i] = p;
      if (p === 0 && inc.affected.length > 0) return;
      while (quota > 0) emit(p === 0 ? null : (inc.affected[rng.int(0, p - 1)]?.tenant ?? null));
    });
    for (const [name, list] of buckets) {
      if (list.length === 0) continue;
      list.sort((a, b) => a.t - b.t);
      const service = services.get(name) as ServiceFormat;
      for (const r of list) {
        const path = join(opts.logsDir, name, service.fileName(r.t, versions.get(name) ?? ''));
        let w = current.get(name);
        if (!w || w.path !== path) {
          w = writers.get(path);
          if (!w) writers.set(path, (w = new LineFileWriter(path)));
          current.set(name, w);
        }
        w.add(r.text, r.n);
        result.lines += r.n;
        if (w.pending > 1 << 18) await w.flush();
      }
      list.length = 0;
    }
    if (m % 1440 === 0 || m === minutes - 1) opts.onProgress?.(result.lines, opts.events);
    // Files of past weeks or versions are complete: close them to free their buffers.
    if (m % 60 === 0) {
      for (const [path, w] of writers) {
        if (![...current.values()].includes(w)) {
          await w.close();
          writers.delete(path);
          result.files.push({ path, lines: w.lines });
        }
      }
    }
  }
  for (const [path, w] of writers) {
    await w.close();
    result.files.push({ path, lines: w.lines });
  }
  result.files.sort((a, b) => a.path.localeCompare(b.path));
  return result;
}

function record(
  result: TrafficResult,
  incident: string,
  tenant: string,
  sample: IncidentSample,
): void {
  let byTenant = result.samples.get(incident);
  if (!byTenant) result.samples.set(incident, (byTenant = new Map<string, IncidentSample[]>()));
  const list = byTenant.get(tenant) ?? [];
  if (list.length < 3) list.push(sample);
  byTenant.set(tenant, list);
  let counts = result.incidentRecords.get(incident);
  if (!counts) result.incidentRecords.set(incident, (counts = new Map<string, number>()));
  counts.set(tenant, (counts.get(tenant) ?? 0) + 1);
}
