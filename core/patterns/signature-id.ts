/**
 * Stable signature ids: derived from the service and the normalized template only, never
 * from arrival order, so the same error gets the same id across imports and machines.
 */
import { createHash } from 'node:crypto';

/** Collapses whitespace so cosmetic spacing never changes an id. */
export function normalizeTemplate(template: string): string {
  return template.replace(/\s+/g, ' ').trim();
}

/** Returns `sig_` + 12 hex chars of sha1(service + NUL + normalized template). */
export function signatureId(service: string | null, template: string): string {
  const hash = createHash('sha1')
    .update(`${service ?? ''}\u0000${normalizeTemplate(template)}`)
    .digest('hex');
  return `sig_${hash.slice(0, 12)}`;
}

function tokenPattern(token: string): RegExp {
  const parts = token.split('<*>').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`, 's');
}

/**
 * True when `general` covers `specific`: same token count and every token of `general`
 * matches the token of `specific`, reading `<*>` as a wildcard (`reason=<*>` covers
 * `reason=locked`). Lets a workspace resolve an id minted by
 * an earlier import to the template that replaced it.
 */
export function templateCovers(general: string, specific: string): boolean {
  const g = normalizeTemplate(general).split(' ');
  const s = normalizeTemplate(specific).split(' ');
  if (g.length !== s.length) return false;
  return g.every((t, i) => t === s[i] || (t.includes('<*>') && tokenPattern(t).test(s[i])));
}
