/**
 * Keeps old signature ids resolvable. Aliases come from two places: templates that
 * generalized while mining this import, and signatures of the workspace being replaced
 * whose template is now covered by a more general template of the same service.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { execute, queryRows, str, text, type Row } from '../store/sql.ts';

export interface SignatureAlias {
  oldId: string;
  newId: string;
}

/** Reads `template` with `<*>` as a wildcard into an anchored regex. */
export function templatePattern(template: string): RegExp {
  const parts = template.split('<*>').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*?')}$`, 's');
}

export async function recordSignatureAliases(
  conn: DuckDBConnection,
  mined: readonly SignatureAlias[],
  previousWorkspace: string | null,
): Promise<void> {
  const current = await queryRows(conn, `SELECT id, template, service FROM signatures`);
  const ids = new Set(current.map((r) => text(r.id)));
  const aliases = new Map<string, string>();
  for (const a of mined) if (!ids.has(a.oldId) && ids.has(a.newId)) aliases.set(a.oldId, a.newId);
  if (previousWorkspace) {
    for (const a of await aliasesFromPrevious(previousWorkspace, current)) {
      if (!ids.has(a.oldId) && !aliases.has(a.oldId)) aliases.set(a.oldId, a.newId);
    }
  }
  for (const [oldId, newId] of aliases) {
    await execute(conn, `INSERT OR REPLACE INTO signature_aliases VALUES ($o, $n)`, {
      o: oldId,
      n: newId,
    });
  }
}

async function aliasesFromPrevious(
  path: string,
  current: readonly Row[],
): Promise<SignatureAlias[]> {
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  } catch {
    return []; // not a workspace we can read: nothing to carry over
  }
  const conn = await instance.connect();
  try {
    const ids = new Set(current.map((r) => text(r.id)));
    const old = await queryRows(conn, `SELECT id, template, service FROM signatures`);
    const oldAliases = await queryRows(conn, `SELECT old_id, new_id FROM signature_aliases`).catch(
      () => [],
    );
    const byService = new Map<string, { id: string; pattern: RegExp }[]>();
    for (const r of current) {
      const key = str(r.service) ?? '';
      const list = byService.get(key) ?? [];
      list.push({ id: text(r.id), pattern: templatePattern(text(r.template)) });
      byService.set(key, list);
    }
    const resolved = new Map<string, string>();
    for (const o of old) {
      const id = text(o.id);
      if (ids.has(id)) continue;
      const candidates = byService.get(str(o.service) ?? '') ?? [];
      const match = candidates.find((c) => c.pattern.test(text(o.template)));
      if (match) resolved.set(id, match.id);
    }
    const out: SignatureAlias[] = [...resolved].map(([oldId, newId]) => ({ oldId, newId }));
    // Ids that were already aliases follow their target to its new home.
    for (const a of oldAliases) {
      const target = text(a.new_id);
      const newId = ids.has(target) ? target : resolved.get(target);
      if (newId && !ids.has(text(a.old_id))) out.push({ oldId: text(a.old_id), newId });
    }
    return out;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
