import { createHash } from 'node:crypto';
import { SUPPORT_GROUPS } from '../names.ts';
import { snowTime } from '../time.ts';
import type { DemoTicket } from './model.ts';

const sysId = (key: string): string => createHash('md5').update(key).digest('hex');
const STATE = { new: '1', open: '2', pending: '3', solved: '6', closed: '7' } as const;
const PRIORITY = { urgent: '1', high: '2', normal: '3', low: '4' } as const;

/**
 * ServiceNow Table API export: `{ result: [incident records], journal: [comments and
 * work notes] }`; reference fields carry `display_value` and `value`, times are UTC.
 */
export function servicenowExport(tickets: readonly DemoTicket[]): unknown {
  const journal: unknown[] = [];
  const result = tickets.map((t) => {
    const id = sysId(`incident:${t.externalId}`);
    const group = SUPPORT_GROUPS.find((g) => g.id === t.group);
    for (const c of t.comments.slice(1)) {
      journal.push({
        element_id: id,
        element: c.public ? 'comments' : 'work_notes',
        value: c.body,
        sys_created_on: snowTime(c.ts),
        sys_created_by: c.author,
      });
    }
    const resolved = t.resolvedAt !== null ? snowTime(t.resolvedAt) : '';
    return {
      sys_id: id,
      number: t.externalId,
      short_description: t.subject,
      description: t.description,
      state: STATE[t.status],
      priority: PRIORITY[t.priority],
      opened_at: snowTime(t.createdAt),
      resolved_at: resolved,
      closed_at:
        t.status === 'closed' && t.resolvedAt !== null
          ? snowTime(t.resolvedAt + 3 * 86_400_000)
          : '',
      assignment_group: { display_value: group?.name ?? t.group, value: sysId(`group:${t.group}`) },
      assigned_to: { display_value: t.assignee, value: sysId(`user:${t.assignee}`) },
      company: { display_value: t.customer.name, value: sysId(`company:${t.customer.customerId}`) },
      caller_id: {
        display_value: t.requester.name,
        value: sysId(`user:${t.requester.email}`),
        email: t.requester.email,
      },
      contact_type: 'email',
      category: t.kind,
      close_code: resolved ? 'Solved (Permanently)' : '',
      close_notes: resolved ? t.resolution.join('. ') + '.' : '',
      u_tenant_id: t.customer.tenants[0],
      u_product_version: t.productVersion ?? '',
    };
  });
  return { result, journal };
}
