import type { DemoCustomer } from './customers.ts';
import type { Rng } from './prng.ts';
import type { ReleasePlan, Release } from './releases.ts';
import { blueprints } from './incident-catalog.ts';
import type { IncidentRecordSpec, ServiceName } from './services/service.ts';
import { DAY, HOUR, MINUTE } from './time.ts';

export type IncidentKind = 'single' | 'cluster' | 'spread' | 'regression' | 'growing' | 'infra';

/** One affected tenant and when the incident first reaches it. */
export interface AffectedTenant {
  tenant: string;
  customerId: string;
  onset: number;
}

/** An injected incident: what it logs, when, for whom, and how customers describe it. */
export interface Incident {
  id: string;
  title: string;
  kind: IncidentKind;
  service: ServiceName;
  spec: IncidentRecordSpec;
  /** Human description of the template's variable parts. */
  variables: string;
  start: number;
  end: number;
  affected: AffectedTenant[];
  /** Incident log records to write (a Java record spans several lines). */
  records: number;
  /** Records per minute grow linearly from start to end instead of staying flat. */
  growing: boolean;
  host: string | null;
  release: Release | null;
  /** Share of affected customers that open a ticket. */
  ticketShare: number;
  subjects: string[];
  symptom: string;
  resolution: string[];
  group: 'tier2' | 'billing' | 'engineering';
  complexity: 'low' | 'medium' | 'high';
}

/**
 * The injected incidents for a window: sizes from one customer to 100+ within an hour, a
 * regression right after the auth-service release and one slowly growing error.
 */
export function planIncidents(
  rng: Rng,
  customers: readonly DemoCustomer[],
  plan: ReleasePlan,
  start: number,
  end: number,
  events: number,
): Incident[] {
  const span = end - start;
  return blueprints(plan, span).map((b, i) => {
    const from =
      b.kind === 'regression'
        ? plan.regression.ts + rng.int(3, 15) * MINUTE
        : Math.floor((start + span * b.at) / DAY) * DAY + rng.int(9, 15) * HOUR;
    const begin = Math.floor(from / MINUTE) * MINUTE;
    const finish = Math.min(end - MINUTE, begin + Math.max(MINUTE * 30, b.hours * HOUR));
    const pool = rng.shuffle(customers.filter(b.filter ?? (() => true)));
    const want = Math.min(
      b.customers,
      Math.max(b.customers > 0 ? 1 : 0, Math.floor(customers.length * 0.6)),
    );
    const affected = pool.slice(0, want).map((c) => {
      const u = b.kind === 'growing' ? Math.pow(rng.next(), 0.7) : rng.next();
      return {
        tenant: c.tenants[0],
        customerId: c.customerId,
        onset: begin + Math.floor((u * b.onsetSpread * (finish - begin)) / MINUTE) * MINUTE,
      };
    });
    affected.sort((a, b2) => a.onset - b2.onset || a.tenant.localeCompare(b2.tenant));
    if (affected[0]) affected[0].onset = begin;
    const records = Math.max(
      affected.length * 3,
      5,
      Math.round((events * b.lineShare) / recordLines(b.spec)),
    );
    return {
      id: `INCIDENT-${String(i + 1).padStart(2, '0')}`,
      title: b.title,
      kind: b.kind,
      service: b.service,
      spec: b.spec,
      variables: b.variables,
      start: begin,
      end: finish,
      affected,
      records,
      growing: b.kind === 'growing',
      host: b.host ?? null,
      release: b.kind === 'regression' ? plan.regression : null,
      ticketShare: b.ticketShare,
      subjects: b.subjects,
      symptom: b.symptom,
      resolution: b.resolution,
      group: b.group,
      complexity: b.complexity,
    };
  });
}

/** Average physical lines of one incident record (Java records carry their stack trace). */
export function recordLines(spec: IncidentRecordSpec): number {
  const stack = (spec.exception ?? []).reduce((sum, _e, i) => sum + (i === 0 ? 6.5 : 5), 0);
  return 1 + stack + (spec.tenantOnFirstLineOnly ? 0.5 : 0);
}

/** Expected physical log lines of all incidents, so background traffic leaves room. */
export function incidentLines(incidents: readonly Incident[]): number {
  return incidents.reduce((sum, i) => sum + i.records * recordLines(i.spec), 0);
}
