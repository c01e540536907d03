import { jiraTime } from '../time.ts';
import type { DemoTicket } from './model.ts';

const STATUS = {
  new: 'Open',
  open: 'In Progress',
  pending: 'Waiting for customer',
  solved: 'Resolved',
  closed: 'Closed',
} as const;
const PRIORITY = { urgent: 'Highest', high: 'High', normal: 'Medium', low: 'Low' } as const;

/**
 * Jira search result `{ issues: [...] }` with `fields` (comments embedded) and a
 * `changelog` of status transitions.
 */
export function jiraExport(tickets: readonly DemoTicket[]): unknown {
  const issues = tickets.map((t) => {
    const id = String(10000 + t.seq);
    const histories = [
      {
        created: jiraTime(t.createdAt + 15 * 60_000),
        items: [{ field: 'status', fromString: 'Open', toString: 'In Progress' }],
      },
    ];
    if (t.resolvedAt !== null) {
      histories.push({
        created: jiraTime(t.resolvedAt),
        items: [{ field: 'status', fromString: 'In Progress', toString: STATUS[t.status] }],
      });
    }
    const updated = Math.max(...t.comments.map((c) => c.ts));
    return {
      id,
      key: t.externalId,
      self: `https://caseline-demo.atlassian.net/rest/api/2/issue/${id}`,
      fields: {
        summary: t.subject,
        description: t.description,
        status: { name: STATUS[t.status] },
        priority: { name: PRIORITY[t.priority] },
        created: jiraTime(t.createdAt),
        updated: jiraTime(updated),
        resolutiondate: t.resolvedAt !== null ? jiraTime(t.resolvedAt) : null,
        resolution: t.resolvedAt !== null ? { name: 'Done' } : null,
        assignee: { displayName: t.assignee },
        reporter: { displayName: t.requester.name, emailAddress: t.requester.email },
        labels: [...t.tags, `tenant-${t.customer.tenants[0]}`],
        components: [{ name: t.group }],
        versions: t.productVersion ? [{ name: t.productVersion }] : [],
        customfield_10010: t.customer.name,
        comment: {
          comments: t.comments
            .slice(1)
            .filter((c) => c.public)
            .map((c, i) => ({
              id: String(Number(id) * 10 + i),
              author: { displayName: c.author },
              body: c.body,
              created: jiraTime(c.ts),
            })),
        },
      },
      changelog: { histories },
    };
  });
  // `names` is what Jira adds with `expand=names`: it says which custom field holds the
  // customer's organization.
  return {
    expand: 'names,changelog',
    startAt: 0,
    maxResults: issues.length,
    total: issues.length,
    names: { customfield_10010: 'Organization' },
    issues,
  };
}
