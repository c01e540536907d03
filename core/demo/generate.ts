import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CaselineError } from '../errors.ts';
import { customersCsv, generateCustomers } from './customers.ts';
import { buildGroundTruth } from './ground-truth.ts';
import { planIncidents } from './incidents.ts';
import { planKb, writeKb } from './kb.ts';
import { Rng } from './prng.ts';
import { demoIngestConfig } from './ingest-config.ts';
import { planReleases, releasesCsv, versionAt } from './releases.ts';
import { jiraExport } from './tickets/jira.ts';
import { planTickets } from './tickets/model.ts';
import { servicenowExport } from './tickets/servicenow.ts';
import { zendeskExport } from './tickets/zendesk.ts';
import { DAY } from './time.ts';
import { writeTraffic } from './traffic.ts';

export interface DemoOptions {
  outDir: string;
  seed: number;
  customers: number;
  days: number;
  /** Total log lines, approximately (±5%). */
  events: number;
  /** End of the simulated window, epoch ms; default 2026-11-30T00:00:00Z. */
  end?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoManifest {
  dir: string;
  logs: string;
  tickets: string;
  customers: string;
  kb: string;
  releases: string;
  groundTruth: string;
  /** The ingest config (`--config`) a support team would write for these logs. */
  config: string;
  counts: {
    customers: number;
    tenants: number;
    /** Physical log lines written. */
    events: number;
    tickets: number;
    incidents: number;
    kbArticles: number;
    releases: number;
  };
}

/** About a minute of generation plus import on a 2-core laptop. */
export const defaultDemoOptions = {
  seed: 42,
  customers: 1200,
  days: 90,
  events: 2_000_000,
} as const;

export const DEFAULT_DEMO_END = Date.UTC(2026, 10, 30);

function check(options: DemoOptions): void {
  const ints: [string, number, number][] = [
    ['customers', options.customers, 1],
    ['days', options.days, 1],
    ['events', options.events, 0],
  ];
  for (const [name, value, min] of ints) {
    if (!Number.isInteger(value) || value < min) {
      throw new CaselineError('bad-arguments', { name, value: String(value) });
    }
  }
  if (!Number.isInteger(options.seed))
    throw new CaselineError('bad-arguments', { name: 'seed', value: String(options.seed) });
}

/**
 * Writes the simulated enterprise under `options.outDir`: customers.csv, logs/ (five
 * services in five formats), tickets/ (Zendesk, ServiceNow, Jira exports), kb/,
 * releases.csv and ground-truth.json. Same options give byte-identical files. Resolves to
 * the manifest of what was written; throws CaselineError('bad-arguments') for invalid
 * options and lets file-system errors (EACCES, ENOSPC) propagate.
 */
export async function generateDemo(options: DemoOptions): Promise<DemoManifest> {
  check(options);
  const dir = resolve(options.outDir);
  const end = options.end ?? DEFAULT_DEMO_END;
  const start = end - options.days * DAY;
  const rng = new Rng(options.seed);
  const paths = {
    logs: join(dir, 'logs'),
    tickets: join(dir, 'tickets'),
    customers: join(dir, 'customers.csv'),
    kb: join(dir, 'kb'),
    releases: join(dir, 'releases.csv'),
    groundTruth: join(dir, 'ground-truth.json'),
    config: join(dir, 'caseline.config.json'),
  };
  mkdirSync(paths.tickets, { recursive: true });

  const customers = generateCustomers(options.seed, options.customers);
  writeFileSync(paths.customers, customersCsv(customers));
  const plan = planReleases(rng.fork('releases'), start, end);
  writeFileSync(paths.releases, releasesCsv(plan.releases));
  const incidents = planIncidents(
    rng.fork('incidents'),
    customers,
    plan,
    start,
    end,
    options.events,
  );

  const traffic = await writeTraffic({
    logsDir: paths.logs,
    seed: options.seed,
    customers,
    releases: plan.releases,
    incidents,
    start,
    end,
    events: options.events,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  const tickets = planTickets({
    rng: rng.fork('tickets'),
    customers,
    incidents,
    samples: traffic.samples,
    start,
    end,
    versionAt: (t) => versionAt(plan.releases, 'orders-service', t),
  });
  const json = (value: unknown): string => JSON.stringify(value, null, 1) + '\n';
  writeFileSync(
    join(paths.tickets, 'zendesk.json'),
    json(zendeskExport(tickets.filter((t) => t.system === 'zendesk'))),
  );
  writeFileSync(
    join(paths.tickets, 'servicenow.json'),
    json(servicenowExport(tickets.filter((t) => t.system === 'servicenow'))),
  );
  writeFileSync(
    join(paths.tickets, 'jira.json'),
    json(jiraExport(tickets.filter((t) => t.system === 'jira'))),
  );

  const kb = planKb(rng.fork('kb'), incidents, start);
  writeKb(paths.kb, kb);

  const truth = buildGroundTruth({
    seed: options.seed,
    start,
    end,
    outDir: dir,
    traffic,
    incidents,
    tickets,
    kb,
    releases: plan.releases,
  });
  writeFileSync(paths.groundTruth, json(truth));
  writeFileSync(paths.config, json(demoIngestConfig));

  return {
    dir,
    ...paths,
    counts: {
      customers: customers.length,
      tenants: customers.reduce((n, c) => n + c.tenants.length, 0),
      events: traffic.lines,
      tickets: tickets.length,
      incidents: incidents.length,
      kbArticles: kb.length,
      releases: plan.releases.length,
    },
  };
}
