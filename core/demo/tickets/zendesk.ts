import { SUPPORT_GROUPS } from '../names.ts';
import { isoSec } from '../time.ts';
import type { DemoTicket } from './model.ts';

const BASE = 'https://caseline-demo.zendesk.com/api/v2';

/** Deterministic numeric id for a name (users, organizations). */
function numericId(prefix: number, key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) >>> 0;
  return prefix * 1e9 + (h % 1e9);
}

/**
 * Zendesk export: `{ tickets, users, organizations, groups }` with API v2 ticket objects,
 * each carrying its `comments` and, when solved, `metric_set.solved_at`.
 */
export function zendeskExport(tickets: readonly DemoTicket[]): unknown {
  const users = new Map<
    number,
    { id: number; name: string; email: string; organization_id: number | null }
  >();
  const orgs = new Map<number, unknown>();
  const groupIds = new Map(SUPPORT_GROUPS.map((g, i) => [g.id, 360000000 + i]));
  const userId = (name: string, email: string, org: number | null): number => {
    const id = numericId(37, email);
    users.set(id, { id, name, email, organization_id: org });
    return id;
  };
  const out = tickets.map((t) => {
    const orgId = numericId(36, t.customer.customerId);
    orgs.set(orgId, {
      id: orgId,
      name: t.customer.name,
      external_id: t.customer.customerId,
      organization_fields: { tenant_id: t.customer.tenants[0] },
    });
    const requesterId = userId(t.requester.name, t.requester.email, orgId);
    const assigneeId = userId(
      t.assignee,
      `${t.assignee.toLowerCase().replace(' ', '.')}@caseline-demo.example`,
      null,
    );
    const updated = Math.max(...t.comments.map((c) => c.ts));
    return {
      url: `${BASE}/tickets/${t.externalId}.json`,
      id: Number(t.externalId),
      subject: t.subject,
      description: t.description,
      status: t.status,
      priority: t.priority,
      type: t.kind === 'incident' ? 'incident' : t.kind === 'feature' ? 'task' : 'question',
      tags: t.tags,
      via: { channel: t.seq % 5 === 0 ? 'web' : 'email' },
      requester_id: requesterId,
      organization_id: orgId,
      group_id: groupIds.get(t.group),
      assignee_id: assigneeId,
      created_at: isoSec(t.createdAt),
      updated_at: isoSec(updated),
      custom_fields: [
        { id: 360001, value: t.productVersion },
        { id: 360002, value: t.customer.tenants[0] },
      ],
      comments: t.comments.map((c, i) => ({
        id: Number(t.externalId) * 100 + i,
        author_id: c.agent ? assigneeId : requesterId,
        body: c.body,
        public: c.public,
        created_at: isoSec(c.ts),
      })),
      ...(t.resolvedAt !== null ? { metric_set: { solved_at: isoSec(t.resolvedAt) } } : {}),
    };
  });
  return {
    tickets: out,
    users: [...users.values()],
    organizations: [...orgs.values()],
    groups: SUPPORT_GROUPS.map((g) => ({ id: groupIds.get(g.id), name: g.name })),
  };
}
