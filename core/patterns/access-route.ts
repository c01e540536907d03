/**
 * The signature template of an access-log request: method, route and status. Generic
 * masking would turn every path into one `<*>` and lump all endpoints together, so the
 * route keeps its constant segments and only ids (segments with digits, long tokens, the
 * tenant's own name) become `<*>`: `GET /t/<*>/api/v2/orders/<*> 502`.
 */
const WILDCARD = '<*>';

/**
 * Path segments after which the next segment names one tenant, customer or user
 * (`/t/acme-prod/...`, `/orgs/globex/...`): an id even without digits.
 */
const OWNER_COLLECTIONS = new Set([
  't',
  'tenant',
  'tenants',
  'org',
  'orgs',
  'organization',
  'organizations',
  'account',
  'accounts',
  'customer',
  'customers',
  'user',
  'users',
  'workspace',
  'workspaces',
  'project',
  'projects',
  'team',
  'teams',
  'site',
  'sites',
]);

function isVariableSegment(segment: string, tenantId: string | null): boolean {
  if (segment === '') return false;
  if (tenantId !== null && segment === tenantId) return true;
  if (segment.length > 32) return true;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c >= 48 && c <= 57) return !/^v\d{1,2}$/.test(segment); // keep API versions (v2)
  }
  return false;
}

/** Route template of `path` (query string dropped, at most 12 segments kept). */
export function routeTemplate(path: string, tenantId: string | null): string {
  const q = path.search(/[?#]/);
  const bare = q >= 0 ? path.slice(0, q) : path;
  const segments = bare.split('/').slice(0, 13);
  return segments
    .map((s, i) =>
      isVariableSegment(s, tenantId) ||
      (i > 0 && s !== '' && OWNER_COLLECTIONS.has(segments[i - 1].toLowerCase()))
        ? WILDCARD
        : s,
    )
    .join('/');
}

export function accessLogTemplate(
  method: string,
  path: string,
  status: number | string,
  tenantId: string | null,
): string {
  return `${method} ${routeTemplate(path, tenantId) || '/'} ${status}`;
}
