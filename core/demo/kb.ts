import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Incident } from './incidents.ts';
import type { Rng } from './prng.ts';
import { DAY, isoDate } from './time.ts';

/** One knowledge-base article as written to `kb/<id>.md`. */
export interface DemoKbArticle {
  id: string;
  title: string;
  tags: string[];
  updated: number;
  body: string;
  /** The incident whose symptoms it describes, if any. */
  incidentId: string | null;
  stale: boolean;
}

const GENERAL: [string, string[], string][] = [
  [
    'Inviting users to your account',
    ['users', 'how-to'],
    'Open Settings > Users and choose Invite. Invitations expire after 7 days.',
  ],
  [
    'Configuring order webhooks',
    ['webhooks', 'orders'],
    'Add an endpoint under Settings > Webhooks and subscribe to order.created. Use the Test button to send a sample event.',
  ],
  [
    'Changing the invoice address',
    ['billing'],
    'Billing settings hold the address printed on invoices. Changes apply to the next invoice.',
  ],
  [
    'Cursor pagination in the orders API',
    ['api', 'orders'],
    'Use the `cursor` parameter instead of `page` to avoid duplicates while orders are created.',
  ],
  [
    'Resetting two-factor authentication',
    ['auth', 'mfa'],
    'An account owner can reset MFA for a user under Settings > Security.',
  ],
  [
    'Understanding usage charges',
    ['billing', 'invoices'],
    'Metered API calls above the plan allowance are billed monthly in arrears.',
  ],
  [
    'Switching to annual billing',
    ['billing'],
    'Contact billing operations; the change applies at the next renewal with a prorated credit.',
  ],
  [
    'Adding a VAT number',
    ['billing', 'tax'],
    'Enter the VAT number in the billing profile; invoices issued afterwards show it.',
  ],
  [
    'Setting up SAML single sign-on',
    ['auth', 'sso', 'saml'],
    'Upload your identity provider metadata and certificate, then test a sign-in before enforcing SSO.',
  ],
  [
    'Time zones on the dashboard',
    ['dashboard'],
    'Each user picks a time zone in profile settings; exports are always in UTC.',
  ],
  [
    'Exporting orders',
    ['orders', 'export'],
    'Scheduled exports use templates; every column in a template must exist in the order schema.',
  ],
  [
    'API rate limits',
    ['api'],
    'Each tenant may send 600 requests per minute. Responses with status 429 carry a Retry-After header.',
  ],
  [
    'Order status lifecycle',
    ['orders'],
    'Orders move from created to confirmed, shipped and delivered; cancellations are possible until shipping.',
  ],
  [
    'Payment retries',
    ['billing', 'payments'],
    'Declined charges are retried after 1, 3 and 7 days before dunning starts.',
  ],
];

/**
 * Knowledge-base articles: general how-tos, articles matching some incidents' symptoms and
 * a few stale ones (old update date, references to superseded versions).
 */
export function planKb(rng: Rng, incidents: readonly Incident[], start: number): DemoKbArticle[] {
  const out: DemoKbArticle[] = [];
  let n = 1001;
  for (const [title, tags, body] of GENERAL) {
    const stale = rng.chance(0.25);
    out.push({
      id: `KB-${n++}`,
      title,
      tags,
      incidentId: null,
      stale,
      updated: start - (stale ? rng.int(300, 700) : rng.int(5, 120)) * DAY,
      body: stale ? `${body}\n\nApplies to version 1.x of the dashboard.` : body,
    });
  }
  for (const inc of incidents.filter((i) => i.ticketShare > 0 && i.kind !== 'spread')) {
    const stale = inc.kind === 'regression';
    out.push({
      id: `KB-${n++}`,
      title: `Troubleshooting: ${inc.title.toLowerCase()}`,
      tags: [inc.service, inc.kind === 'cluster' ? 'known-issue' : 'troubleshooting'],
      incidentId: inc.id,
      stale,
      updated: start - (stale ? rng.int(200, 400) : rng.int(10, 60)) * DAY,
      body: [
        `## Symptoms\nCustomers report that ${inc.symptom}.`,
        `## Cause\nThe ${inc.service} logs show: \`${inc.spec.template.signature}\`.`,
        `## Resolution\n${(stale ? inc.resolution.slice(0, 1) : inc.resolution).map((s, i) => `${i + 1}. ${s}`).join('\n')}`,
      ].join('\n\n'),
    });
  }
  return out;
}

/** Writes each article as Markdown with front matter into `dir`. */
export function writeKb(dir: string, articles: readonly DemoKbArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const a of articles) {
    const front = `---\nid: ${a.id}\ntitle: ${a.title}\ntags: [${a.tags.join(', ')}]\nupdated: ${isoDate(a.updated)}\n---\n`;
    writeFileSync(join(dir, `${a.id}.md`), `${front}# ${a.title}\n\n${a.body}\n`);
  }
}
