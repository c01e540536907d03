import type { DemoCustomer } from '../customers.ts';
import type { Incident } from '../incidents.ts';
import { FIRST_NAMES, LAST_NAMES, SUPPORT_GROUPS, slug } from '../names.ts';
import type { GroupId } from '../names.ts';
import type { Rng } from '../prng.ts';
import type { IncidentSample } from '../traffic.ts';
import { DAY, HOUR, MINUTE, hourMinute, isoDate } from '../time.ts';

export type DemoSystem = 'zendesk' | 'servicenow' | 'jira';

/** A ticket before it is rendered in one system's API shape. */
export interface DemoTicket {
  system: DemoSystem;
  externalId: string;
  seq: number;
  customer: DemoCustomer;
  requester: { name: string; email: string };
  subject: string;
  description: string;
  createdAt: number;
  /** Null while still open. */
  resolvedAt: number | null;
  trueHours: number;
  status: 'new' | 'open' | 'pending' | 'solved' | 'closed';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  kind: 'incident' | 'how-to' | 'billing' | 'feature';
  group: GroupId;
  assignee: string;
  tags: string[];
  incidentId: string | null;
  comments: { ts: number; author: string; agent: boolean; public: boolean; body: string }[];
  resolution: string[];
  productVersion: string | null;
}

const BACKGROUND = [
  {
    kind: 'how-to',
    group: 'tier1',
    hours: 6,
    subject: 'How do I add a new user to our account?',
    body: 'We hired two people and need to give them access. Where do I invite them?',
    steps: ['Sent the guide for inviting users', 'Customer confirmed the invitations arrived'],
  },
  {
    kind: 'how-to',
    group: 'tier1',
    hours: 5,
    subject: 'How to set up a webhook for new orders',
    body: 'We want our ERP to be notified when an order is created. Which settings do we need?',
    steps: [
      'Explained webhook configuration and the order.created event',
      'Shared the test endpoint button',
    ],
  },
  {
    kind: 'how-to',
    group: 'tier1',
    hours: 8,
    subject: 'Where can I change the invoice address?',
    body: 'Our company moved. How do we update the address printed on invoices?',
    steps: ['Pointed to billing settings', 'Confirmed next invoice uses the new address'],
  },
  {
    kind: 'how-to',
    group: 'tier2',
    hours: 20,
    subject: 'API pagination returns duplicates',
    body: 'When paging through /api/v2/orders we sometimes see the same order twice. Are we calling it wrong?',
    steps: [
      'Explained cursor pagination versus page numbers',
      'Customer switched to cursor pagination',
    ],
  },
  {
    kind: 'how-to',
    group: 'tier1',
    hours: 4,
    subject: 'Reset two-factor authentication for a colleague',
    body: 'A colleague lost her phone and cannot log in. Can you reset her 2FA?',
    steps: ['Verified the request with the account owner', 'Reset the MFA enrolment'],
  },
  {
    kind: 'billing',
    group: 'billing',
    hours: 16,
    subject: 'Question about our last invoice',
    body: 'The last invoice is higher than expected. Can you explain the usage charges?',
    steps: ['Explained metered API usage on the invoice', 'No change needed'],
  },
  {
    kind: 'billing',
    group: 'billing',
    hours: 30,
    subject: 'Please switch us to annual billing',
    body: 'We would like to move from monthly to annual billing from next month.',
    steps: ['Updated the subscription to annual billing', 'Issued a prorated credit note'],
  },
  {
    kind: 'billing',
    group: 'billing',
    hours: 24,
    subject: 'VAT number missing on invoice',
    body: 'Our VAT number is not shown on invoices, our accounting needs it.',
    steps: ['Added the VAT number to the billing profile', 'Re-issued the invoice'],
  },
  {
    kind: 'feature',
    group: 'tier2',
    hours: 120,
    subject: 'Feature request: export orders as XLSX',
    body: 'It would help us a lot if order exports could be downloaded as Excel files.',
    steps: ['Logged the request with product management', 'Shared the roadmap item'],
  },
  {
    kind: 'feature',
    group: 'tier2',
    hours: 96,
    subject: 'Feature request: custom fields on customers',
    body: 'We need to store a customer number from our CRM on each customer record.',
    steps: ['Suggested the metadata field as a workaround', 'Logged the feature request'],
  },
  {
    kind: 'how-to',
    group: 'tier2',
    hours: 14,
    subject: 'SSO setup with our identity provider',
    body: 'We want to enable SAML single sign-on. What metadata do you need from us?',
    steps: ['Sent the SAML setup guide', 'Verified the first SSO login together'],
  },
  {
    kind: 'how-to',
    group: 'tier1',
    hours: 3,
    subject: 'Dashboard shows the wrong time zone',
    body: 'Our dashboard shows times in UTC, we are in another time zone.',
    steps: ['Explained the per-user time zone setting'],
  },
] as const;

const PRIORITY_FACTOR = { low: 1.5, normal: 1, high: 0.7, urgent: 0.45 } as const;
const TIER_FACTOR = { enterprise: 0.7, business: 1, starter: 1.4 } as const;
const GROUP_FACTOR: Record<GroupId, number> = {
  tier1: 0.8,
  tier2: 1.2,
  billing: 1.1,
  engineering: 1.6,
};
const COMPLEXITY_HOURS = { low: 6, medium: 18, high: 40 } as const;

/** The system a customer files tickets in: enterprises mostly ServiceNow, some teams Jira. */
export function systemOf(customer: DemoCustomer): DemoSystem {
  const h = Number(customer.customerId.slice(2));
  if (customer.tier === 'enterprise') return h % 5 === 0 ? 'jira' : 'servicenow';
  if (h % 4 === 0) return 'jira';
  return customer.tier === 'business' && h % 4 === 1 ? 'servicenow' : 'zendesk';
}

export interface TicketPlanInput {
  rng: Rng;
  customers: readonly DemoCustomer[];
  incidents: readonly Incident[];
  samples: Map<string, Map<string, IncidentSample[]>>;
  start: number;
  end: number;
  versionAt: (t: number) => string;
}

/**
 * Incident tickets from a share of affected customers (quoting request ids, error text and
 * times) plus unrelated background tickets. Resolution hours follow priority, tier,
 * complexity and group with log-normal noise; tickets unresolved by the end stay open.
 */
export function planTickets(input: TicketPlanInput): DemoTicket[] {
  const { rng, customers, start, end } = input;
  const byId = new Map(customers.map((c) => [c.customerId, c]));
  const drafts: Omit<DemoTicket, 'system' | 'externalId' | 'seq'>[] = [];
  const requester = (c: DemoCustomer): DemoTicket['requester'] => {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    return {
      name,
      email: `${slug(name).replace('-', '.')}@${slug(c.name.split(' ').slice(0, 2).join(''))}.example`,
    };
  };
  const finish = (
    d: Omit<
      DemoTicket,
      | 'system'
      | 'externalId'
      | 'seq'
      | 'resolvedAt'
      | 'status'
      | 'trueHours'
      | 'comments'
      | 'assignee'
    >,
    baseHours: number,
    complexity: number,
  ): void => {
    const hours = Math.max(
      0.25,
      rng.logNormal(
        baseHours *
          PRIORITY_FACTOR[d.priority] *
          TIER_FACTOR[d.customer.tier] *
          GROUP_FACTOR[d.group] *
          complexity,
        0.45,
      ),
    );
    const resolvedAt = d.createdAt + hours * HOUR;
    const open = resolvedAt > end || rng.chance(0.07);
    const agents = SUPPORT_GROUPS.find((g) => g.id === d.group)?.agents ?? ['Support'];
    const assignee = rng.pick(agents);
    const comments: DemoTicket['comments'] = [
      {
        ts: d.createdAt,
        author: d.requester.name,
        agent: false,
        public: true,
        body: d.description,
      },
      {
        ts: d.createdAt + Math.min(hours * 0.2, 2) * HOUR,
        author: assignee,
        agent: true,
        public: true,
        body: `Thanks for reaching out, ${d.requester.name.split(' ')[0]}. We are looking into this.`,
      },
      {
        ts: d.createdAt + hours * 0.4 * HOUR,
        author: assignee,
        agent: true,
        public: false,
        body: `Internal: ${d.resolution[0] ?? 'investigating'}.`,
      },
    ];
    if (!open) {
      comments.push({
        ts: resolvedAt,
        author: assignee,
        agent: true,
        public: true,
        body: `Resolved. Steps taken:\n${d.resolution.map((s, i) => `${i + 1}. ${s}`).join('\n')}`,
      });
    }
    const status = open
      ? rng.pick(['new', 'open', 'open', 'pending'] as const)
      : resolvedAt < end - 4 * DAY
        ? 'closed'
        : 'solved';
    drafts.push({
      ...d,
      trueHours: Math.round(hours * 100) / 100,
      resolvedAt: open ? null : resolvedAt,
      status,
      assignee,
      comments: comments.filter((c) => c.ts <= end),
    });
  };

  for (const inc of input.incidents) {
    if (inc.ticketShare === 0) continue;
    const tenantSamples = input.samples.get(inc.id) ?? new Map<string, IncidentSample[]>();
    for (const a of inc.affected) {
      if (!rng.chance(inc.ticketShare) && !(a === inc.affected[0])) continue;
      const c = byId.get(a.customerId);
      const sample = tenantSamples.get(a.tenant)?.[0];
      if (!c || !sample) continue;
      const createdAt = sample.t + Math.round(rng.logNormal(90, 0.8)) * MINUTE;
      if (createdAt >= end) continue;
      const quotes: string[] = [];
      if (sample.requestId && rng.chance(0.6))
        quotes.push(`One failing request id is ${sample.requestId}.`);
      if (rng.chance(0.7))
        quotes.push(`It started around ${hourMinute(sample.t)} UTC on ${isoDate(sample.t)}.`);
      if (rng.chance(0.5))
        quotes.push(`The error we see: "${inc.spec.template.parts[0]?.trim() || inc.title}".`);
      const r = requester(c);
      const priority =
        inc.complexity === 'high'
          ? c.tier === 'enterprise'
            ? 'urgent'
            : 'high'
          : c.tier === 'starter'
            ? 'normal'
            : 'high';
      finish(
        {
          customer: c,
          requester: r,
          subject: rng.pick(inc.subjects),
          description: `Hello, ${inc.symptom}${rng.chance(0.5) ? ` (tenant ${a.tenant})` : ''}. ${quotes.join(' ')}\nRegards, ${r.name}`,
          createdAt,
          priority,
          kind: 'incident',
          group: inc.group,
          tags: ['incident', inc.service],
          incidentId: inc.id,
          resolution: inc.resolution,
          productVersion: input.versionAt(createdAt),
        },
        COMPLEXITY_HOURS[inc.complexity],
        1,
      );
    }
  }

  const days = (end - start) / DAY;
  const count = Math.round(customers.length * (days / 90) * 0.9);
  for (let i = 0; i < count; i++) {
    const c = customers[Math.floor(Math.pow(rng.next(), 1.3) * customers.length)];
    const b = rng.pick(BACKGROUND);
    const createdAt = start + Math.floor(rng.next() * (end - start - HOUR));
    const r = requester(c);
    finish(
      {
        customer: c,
        requester: r,
        subject: b.subject,
        description: `Hi, ${b.body}\nThanks, ${r.name}`,
        createdAt,
        priority: rng.pick(['low', 'normal', 'normal', 'normal', 'high'] as const),
        kind: b.kind,
        group: b.group,
        tags: [b.kind],
        incidentId: null,
        resolution: [...b.steps],
        productVersion: null,
      },
      b.hours,
      rng.logNormal(1, 0.3),
    );
  }
  drafts.sort((a, b) => a.createdAt - b.createdAt);
  const seqs = { zendesk: 0, servicenow: 0, jira: 0 };
  return drafts.map((d) => {
    const system = systemOf(d.customer);
    const seq = ++seqs[system];
    const externalId =
      system === 'zendesk'
        ? String(1000 + seq)
        : system === 'servicenow'
          ? `INC${String(10000 + seq).padStart(7, '0')}`
          : `SUP-${seq}`;
    return { ...d, system, seq, externalId };
  });
}
