import { compile, fill, templatePicker } from '../template.ts';
import { isoMs } from '../time.ts';
import type { Template } from '../template.ts';
import type { Rng } from '../prng.ts';
import type { RecordContext, ServiceFormat } from './service.ts';

/** auth-service: logfmt with tenant, user and request id as keys; files per version, gzipped. */
const MESSAGES = [
  'I login succeeded',
  'I login succeeded via sso',
  'I token issued',
  'I token refreshed',
  'D token introspected',
  'D jwks cache hit',
  'I logout',
  'I password changed',
  'I mfa challenge sent',
  'I mfa challenge passed',
  'W mfa challenge failed attempt {n}',
  'W login failed: invalid password',
  'W login failed: unknown user {email}',
  'W account locked after {n} failed attempts',
  'I api key created name={word}',
  'I api key revoked',
  'D session extended by {sec} s',
  'I session expired',
  'I user invited {email}',
  'I user role changed to admin',
  'I user role changed to agent',
  'D rbac policy evaluated in {ms} ms',
  'D scim sync page {n} fetched',
  'I scim user provisioned',
  'I scim user deprovisioned',
  'W scim sync slow: {slow} ms',
  'I sso metadata refreshed for idp {hex}',
  'D saml request built id={hex}',
  'I oauth client authorized scopes=orders.read',
  'I oauth consent granted',
  'W oauth redirect uri mismatch',
  'W rate limit exceeded for client {hex}',
  'I password reset requested',
  'I password reset email sent to {email}',
  'D password hash verified in {ms} ms',
  'W suspicious login from new country ip={ip}',
  'I device remembered',
  'D audit event written',
  'E ldap bind failed for directory {host}',
  'E token signing key not found kid={hex}',
  'I sms verification sent to {phone}',
  'D health ok',
];
const PICKER = templatePicker(MESSAGES);
const JWKS = compile('D jwks refreshed keys={n}');

function logfmt(rng: Rng, ctx: RecordContext, tpl: Template, withTenant: boolean): string {
  const fc = { tenant: ctx.tenant ?? 'unknown', user: ctx.user, requestId: ctx.requestId };
  const tenant = withTenant && ctx.tenant ? ` tenant=${ctx.tenant} user=${ctx.user}` : '';
  return `ts=${isoMs(ctx.t)} level=${tpl.level} service=auth-service version=${ctx.version}${tenant} request_id=${ctx.requestId} msg="${fill(tpl, rng, fc)}" latency_ms=${Math.round(rng.logNormal(25, 0.8))}`;
}

export const auth: ServiceFormat = {
  name: 'auth-service',
  gzip: true,
  templates: [...PICKER.items, JWKS],
  fileName: (_t, version) => `auth-service-${version}.log.gz`,
  background(rng, ctx, out) {
    // Key rotation and health lines belong to no tenant.
    if (rng.chance(0.03)) out.push(logfmt(rng, ctx, JWKS, false));
    else out.push(logfmt(rng, ctx, PICKER.pick(rng), true));
  },
  incident(rng, ctx, spec, out) {
    out.push(logfmt(rng, ctx, spec.template, true));
  },
};
