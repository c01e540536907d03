/**
 * ground-truth.json: what the demo generator injected, so tests of later features can
 * check what the analyses find. Times are ISO 8601 UTC strings.
 *
 * ```ts
 * interface GroundTruth {
 *   seed: number; start: string; end: string;       // the simulated window
 *   logLines: number; logRecords: number;           // physical lines; records (a Java record spans lines)
 *   files: { path: string; lines: number }[];       // log files, paths relative to the output dir
 *   incidents: {
 *     id: string;                                   // INCIDENT-01 ...
 *     title: string;
 *     kind: 'single' | 'cluster' | 'spread' | 'regression' | 'growing' | 'infra';
 *     service: string;                              // api-gateway | orders-service | billing-worker | auth-service | infra
 *     level: string;                                // the error's log level
 *     signature: string;                            // template with <*> for variable parts
 *     variables: string;                            // what the <*> hold
 *     statuses: number[] | null;                    // access-log incidents: HTTP statuses
 *     start: string; end: string;
 *     customerIds: string[]; tenantIds: string[];   // affected, in onset order (same index)
 *     onsets: string[];                             // first record per tenant
 *     recordsPerTenant: Record<string, number>;     // incident records written per tenant
 *     records: number;                              // incident records planned (at least this many written)
 *     release: { service: string; version: string; ts: string } | null; // regression cause
 *     tickets: { zendesk: string[]; servicenow: string[]; jira: string[] }; // external ids
 *   }[];
 *   tickets: {
 *     system: 'zendesk' | 'servicenow' | 'jira'; externalId: string; customerId: string;
 *     incidentId: string | null;                    // null: unrelated to any incident
 *     kind: 'incident' | 'how-to' | 'billing' | 'feature';
 *     createdAt: string; resolvedAt: string | null; // null: still open
 *     trueResolutionHours: number;                  // the drawn time, even when still open
 *     priority: string; group: string; status: string;
 *   }[];
 *   kb: { id: string; incidentId: string | null; stale: boolean }[];
 *   releases: { service: string; version: string; ts: string }[];
 * }
 * ```
 */
import type { Incident } from './incidents.ts';
import type { DemoKbArticle } from './kb.ts';
import type { Release } from './releases.ts';
import type { DemoTicket } from './tickets/model.ts';
import type { TrafficResult } from './traffic.ts';

const iso = (t: number): string => new Date(t).toISOString();

export interface GroundTruthInput {
  seed: number;
  start: number;
  end: number;
  outDir: string;
  traffic: TrafficResult;
  incidents: readonly Incident[];
  tickets: readonly DemoTicket[];
  kb: readonly DemoKbArticle[];
  releases: readonly Release[];
}

/** The ground-truth document described above, as a plain JSON-safe object. */
export function buildGroundTruth(input: GroundTruthInput): Record<string, unknown> {
  const { traffic } = input;
  return {
    seed: input.seed,
    start: iso(input.start),
    end: iso(input.end),
    logLines: traffic.lines,
    logRecords: traffic.records,
    files: traffic.files.map((f) => ({
      path: f.path.slice(input.outDir.length + 1),
      lines: f.lines,
    })),
    incidents: input.incidents.map((i) => {
      const ids = (system: DemoTicket['system']): string[] =>
        input.tickets
          .filter((t) => t.incidentId === i.id && t.system === system)
          .map((t) => t.externalId);
      const perTenant = traffic.incidentRecords.get(i.id) ?? new Map<string, number>();
      return {
        id: i.id,
        title: i.title,
        kind: i.kind,
        service: i.service,
        level: i.spec.template.level,
        signature: i.spec.template.signature,
        variables: i.variables,
        statuses: i.spec.statuses ? [...new Set(i.spec.statuses)] : null,
        start: iso(i.start),
        end: iso(i.end),
        customerIds: i.affected.map((a) => a.customerId),
        tenantIds: i.affected.map((a) => a.tenant),
        onsets: i.affected.map((a) => iso(a.onset)),
        recordsPerTenant: Object.fromEntries(perTenant),
        records: i.records,
        release: i.release
          ? { service: i.release.service, version: i.release.version, ts: iso(i.release.ts) }
          : null,
        tickets: { zendesk: ids('zendesk'), servicenow: ids('servicenow'), jira: ids('jira') },
      };
    }),
    tickets: input.tickets.map((t) => ({
      system: t.system,
      externalId: t.externalId,
      customerId: t.customer.customerId,
      incidentId: t.incidentId,
      kind: t.kind,
      createdAt: iso(t.createdAt),
      resolvedAt: t.resolvedAt === null ? null : iso(t.resolvedAt),
      trueResolutionHours: t.trueHours,
      priority: t.priority,
      group: t.group,
      status: t.status,
    })),
    kb: input.kb.map((a) => ({ id: a.id, incidentId: a.incidentId, stale: a.stale })),
    releases: input.releases.map((r) => ({
      service: r.service,
      version: r.version,
      ts: iso(r.ts),
    })),
  };
}
