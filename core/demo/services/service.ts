import type { Rng } from '../prng.ts';
import type { Template } from '../template.ts';

export type ServiceName =
  'api-gateway' | 'orders-service' | 'billing-worker' | 'auth-service' | 'infra';

/** What one log record knows before it is formatted. */
export interface RecordContext {
  t: number;
  /** Null for traffic that belongs to no tenant (health checks, host events). */
  tenant: string | null;
  user: string;
  requestId: string;
  traceId: string;
  version: string;
  host: string;
}

/** An incident's error as a service writes it. */
export interface IncidentRecordSpec {
  template: Template;
  /** HTTP statuses for access-log incidents. */
  statuses?: readonly number[];
  /** Java exception chain for Log4j incidents: [class, message] pairs, outermost first. */
  exception?: readonly (readonly [string, string])[];
  /** For JSON lines: the error line drops the tenant, leaving it to propagation. */
  tenantOnFirstLineOnly?: boolean;
  logger?: string;
}

/** One service: its log format, file layout and background message mix. */
export interface ServiceFormat {
  name: ServiceName;
  /** File name (without folder) for a record at `t` written by `version`. */
  fileName(t: number, version: string): string;
  gzip: boolean;
  /** Appends one background record (one or more physical lines) to `out`. */
  background(rng: Rng, ctx: RecordContext, out: string[]): void;
  /** Appends one incident record to `out`. */
  incident(rng: Rng, ctx: RecordContext, spec: IncidentRecordSpec, out: string[]): void;
  /** Background templates, for tests and ground truth. */
  templates: readonly Template[];
}

const PAD2 = (n: number): string => String(n).padStart(2, '0');

/** Monday (UTC) of the week containing `t`, as `YYYY-MM-DD`: one file per week. */
export function weekStart(t: number): string {
  const d = new Date(t);
  const back = (d.getUTCDay() + 6) % 7;
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back));
  return `${m.getUTCFullYear()}-${PAD2(m.getUTCMonth() + 1)}-${PAD2(m.getUTCDate())}`;
}
