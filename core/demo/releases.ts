import type { Rng } from './prng.ts';
import type { ServiceName } from './services/service.ts';
import { DAY, HOUR } from './time.ts';

/** A deployed version of one service. */
export interface Release {
  service: ServiceName;
  version: string;
  ts: number;
}

export interface ReleasePlan {
  releases: Release[];
  /** The auth-service release that introduces the regression incident. */
  regression: Release;
  /** The release that fixes it. */
  hotfix: Release;
}

const FIRST_VERSION: Partial<Record<ServiceName, [number, number, number]>> = {
  'api-gateway': [1, 18, 0],
  'orders-service': [3, 4, 0],
  'billing-worker': [5, 2, 0],
  'auth-service': [2, 4, 0],
};

/** Move a time to a weekday between 09:00 and 16:00 UTC, when teams deploy. */
function workingHours(rng: Rng, t: number): number {
  let day = Math.floor(t / DAY) * DAY;
  const weekday = new Date(day).getUTCDay();
  if (weekday === 6) day += 2 * DAY;
  if (weekday === 0) day += DAY;
  return day + 9 * HOUR + rng.int(0, 7 * HOUR);
}

/**
 * Releases of each versioned service: one before the window and about one every two weeks
 * inside it; auth-service gets a regression release at ~45% of the window and a hotfix.
 */
export function planReleases(rng: Rng, start: number, end: number): ReleasePlan {
  const span = end - start;
  const releases: Release[] = [];
  const regressionTs = workingHours(rng, start + span * 0.45);
  const hotfixTs = regressionTs + Math.max(6 * HOUR, Math.min(2.5 * DAY, span * 0.25));
  let regression: Release | undefined;
  let hotfix: Release | undefined;
  for (const [service, first] of Object.entries(FIRST_VERSION) as [ServiceName, number[]][]) {
    const major = first[0] ?? 1;
    let minor = first[1] ?? 0;
    let patch = first[2] ?? 0;
    const times = [start - rng.int(3, 20) * DAY];
    const count = Math.max(1, Math.round(span / (14 * DAY)));
    for (let i = 0; i < count; i++) {
      times.push(workingHours(rng, start + ((i + 0.3 + rng.next() * 0.4) / count) * span));
    }
    let inWindow = times.filter((t) => t < end);
    if (service === 'auth-service') {
      inWindow = inWindow.filter((t) => t < regressionTs - DAY || t > hotfixTs + DAY);
      inWindow.push(regressionTs, hotfixTs);
    }
    inWindow.sort((a, b) => a - b);
    inWindow.forEach((ts, i) => {
      if (i > 0) {
        if (ts === hotfixTs && service === 'auth-service') patch += 1;
        else if (rng.chance(0.7)) [minor, patch] = [minor + 1, 0];
        else patch += 1;
      }
      const release = { service, version: `${major}.${minor}.${patch}`, ts };
      releases.push(release);
      if (service === 'auth-service' && ts === regressionTs) regression = release;
      if (service === 'auth-service' && ts === hotfixTs) hotfix = release;
    });
  }
  releases.sort((a, b) => a.ts - b.ts || a.service.localeCompare(b.service));
  if (!regression || !hotfix) throw new Error('release plan lost the regression release');
  return { releases, regression, hotfix };
}

/** The version of `service` running at `t` (its earliest release before the first one). */
export function versionAt(releases: readonly Release[], service: ServiceName, t: number): string {
  let version = '';
  for (const r of releases) {
    if (r.service !== service) continue;
    if (r.ts <= t || version === '') version = r.version;
    if (r.ts > t) break;
  }
  return version || '1.0.0';
}

/** releases.csv text: `version,service,ts` with ISO times. */
export function releasesCsv(releases: readonly Release[]): string {
  return (
    [
      'version,service,ts',
      ...releases.map((r) => `${r.version},${r.service},${new Date(r.ts).toISOString()}`),
    ].join('\n') + '\n'
  );
}
