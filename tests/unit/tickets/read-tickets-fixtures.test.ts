import { describe, expect, it } from 'vitest';
import { readTicketFile } from '../../../core/tickets/read-tickets.ts';
import type { TicketFileResult } from '../../../core/tickets/read-tickets.ts';
import { fixture } from './helpers.ts';

const byId = (r: TicketFileResult, id: string) => r.tickets.find((t) => t.id === id)!;
const eventsOf = (r: TicketFileResult, id: string) => r.events.filter((e) => e.ticketId === id);

describe('Zendesk with side-loads', () => {
  it('resolves organizations, users, groups, version field, comments and audits', async () => {
    const r = await readTicketFile(fixture('zendesk-sideloaded.json'));
    expect(r.format).toBe('zendesk');
    expect(r.read).toBe(6);
    expect(r.tickets.map((t) => t.id)).toEqual(['zendesk:101', 'zendesk:102', 'zendesk:103']);
    expect(r.skips.counts).toEqual({ 'missing-id': 1, 'bad-timestamp': 1, 'duplicate-id': 1 });
    expect(byId(r, 'zendesk:101')).toEqual({
      id: 'zendesk:101',
      system: 'zendesk',
      externalId: '101',
      customerRef: 'ACME-001',
      requester: 'Ana Ops',
      subject: 'Checkout fails with 502',
      description: 'Since this morning our checkout returns 502 for every order.',
      status: 'solved',
      priority: 'high',
      channel: 'email',
      group: 'Payments',
      assignee: 'Agent Smith',
      createdAt: Date.parse('2026-09-01T08:00:00Z'),
      resolvedAt: Date.parse('2026-09-02T12:30:00Z'),
      tags: ['checkout', 'outage'],
      productVersion: '4.2.1',
    });
    expect(eventsOf(r, 'zendesk:101')).toEqual([
      {
        ticketId: 'zendesk:101',
        ts: Date.parse('2026-09-01T07:15:00Z'),
        kind: 'comment',
        author: 'Agent Smith',
        public: false,
        body: 'Looks like payment gateway timeouts.',
      },
      {
        ticketId: 'zendesk:101',
        ts: Date.parse('2026-09-01T08:00:00Z'),
        kind: 'comment',
        author: 'Ana Ops',
        public: true,
        body: 'Checkout returns 502.',
      },
    ]);
  });

  it('takes the solve time from audits, else updated_at, and the tenant when no external id', async () => {
    const r = await readTicketFile(fixture('zendesk-sideloaded.json'));
    const t102 = byId(r, 'zendesk:102');
    expect(t102.customerRef).toBe('t-globex');
    expect(t102.resolvedAt).toBe(Date.parse('2026-09-04T16:00:00Z'));
    expect(eventsOf(r, 'zendesk:102').map((e) => [e.kind, e.body])).toEqual([
      ['comment', 'Still slow.'],
      ['status', 'open -> solved'],
      ['assignment', '- -> Agent Smith'],
    ]);
    const t103 = byId(r, 'zendesk:103');
    expect(t103.customerRef).toBe('999');
    expect(t103.resolvedAt).toBe(Date.parse('2026-09-04T11:00:00Z'));
    expect(t103.priority).toBeNull();
  });
});

describe('ServiceNow Table API', () => {
  it('reads display values, codes, tenant fields and journal entries', async () => {
    const r = await readTicketFile(fixture('servicenow-display.json'));
    expect(r.format).toBe('servicenow');
    expect(r.read).toBe(4);
    expect(r.skips.counts).toEqual({ 'missing-id': 1, 'bad-timestamp': 1 });
    const first = byId(r, 'servicenow:INC0012345');
    expect(first).toMatchObject({
      externalId: 'INC0012345',
      customerRef: 'Initech',
      requester: 'Peter Gibbons',
      status: 'resolved',
      priority: 'high',
      group: 'Messaging',
      assignee: 'Milton',
      channel: 'email',
      createdAt: Date.parse('2026-09-01T08:00:00Z'),
      resolvedAt: Date.parse('2026-09-02T08:30:00Z'),
      tags: ['mail', 'delay', 'category:software'],
      productVersion: '7.3',
    });
    expect(byId(r, 'servicenow:INC0012346')).toMatchObject({
      customerRef: 't-initech-eu',
      status: 'in progress',
      priority: 'low',
      resolvedAt: null,
    });
    expect(eventsOf(r, 'servicenow:INC0012345')).toEqual([
      {
        ticketId: 'servicenow:INC0012345',
        ts: Date.parse('2026-09-01T09:00:00Z'),
        kind: 'comment',
        author: 'milton',
        public: true,
        body: 'We are looking into it.',
      },
      {
        ticketId: 'servicenow:INC0012345',
        ts: Date.parse('2026-09-01T09:05:00Z'),
        kind: 'comment',
        author: 'milton',
        public: false,
        body: 'MTA queue at 40k.',
      },
    ]);
    expect(r.events).toHaveLength(2);
  });
});

describe('ServiceNow incident event log CSV', () => {
  it('folds rows per incident into one ticket with status and assignment events', async () => {
    const r = await readTicketFile(fixture('servicenow-event-log.csv'));
    expect(r.format).toBe('servicenow');
    expect(r.read).toBe(7);
    expect(r.skips.counts).toEqual({ 'bad-status': 1, 'missing-id': 1, 'bad-timestamp': 1 });
    expect(r.tickets).toHaveLength(2);
    expect(byId(r, 'servicenow:INC0000001')).toMatchObject({
      status: 'resolved',
      priority: 'high',
      group: 'Group 5',
      assignee: 'Resolver 7',
      requester: 'Caller 1',
      channel: 'phone',
      subject: 'Category 1 / Subcategory 2 / Symptom 3',
      createdAt: Date.UTC(2016, 2, 1, 9),
      resolvedAt: Date.UTC(2016, 2, 2, 11, 30),
      tags: ['category:Category 1', 'subcategory:Subcategory 2'],
    });
    expect(eventsOf(r, 'servicenow:INC0000001').map((e) => [e.kind, e.body, e.ts])).toEqual([
      ['status', 'new -> active', Date.UTC(2016, 2, 1, 10)],
      ['assignment', '- -> Resolver 7', Date.UTC(2016, 2, 1, 10)],
      ['status', 'active -> resolved', Date.UTC(2016, 2, 2, 11, 30)],
    ]);
    expect(byId(r, 'servicenow:INC0000002')).toMatchObject({
      status: 'new',
      priority: 'low',
      group: null,
      resolvedAt: null,
    });
  });
});

describe('Jira search with changelog', () => {
  it('reads ADF text, organization custom field, team, comments and changelog', async () => {
    const r = await readTicketFile(fixture('jira-search.json'));
    expect(r.format).toBe('jira');
    expect(r.read).toBe(4);
    expect(r.skips.counts).toEqual({ 'bad-timestamp': 1, 'missing-id': 1 });
    expect(byId(r, 'jira:SUP-1')).toMatchObject({
      externalId: 'SUP-1',
      customerRef: 'Umbrella Corp',
      requester: 'Dana Dev',
      subject: 'API returns 500 on /orders',
      description: 'Request id req-42 failed',
      status: 'done',
      priority: 'urgent',
      group: 'Platform',
      assignee: 'Sam Support',
      createdAt: Date.parse('2026-10-10T13:55:36Z'),
      resolvedAt: Date.parse('2026-10-11T07:00:00Z'),
      tags: ['api', 'customer:umbrella'],
      productVersion: '2.4.0',
    });
    expect(eventsOf(r, 'jira:SUP-1').map((e) => [e.kind, e.public, e.body])).toEqual([
      ['comment', false, 'Investigating.'],
      ['status', false, 'open -> in progress'],
      ['assignment', false, '- -> Sam Support'],
      ['comment', true, 'Any news?'],
      ['status', false, 'in progress -> done'],
    ]);
    expect(byId(r, 'jira:SUP-2')).toMatchObject({
      customerRef: 't-hooli',
      group: 'Frontend',
      priority: 'low',
      resolvedAt: null,
    });
  });
});

describe('Jira Service Management requests', () => {
  it('reads field values, organization, status history and comments', async () => {
    const r = await readTicketFile(fixture('jsm-requests.json'));
    expect(r.format).toBe('jira');
    expect(r.skips.counts).toEqual({ 'bad-timestamp': 1 });
    expect(r.tickets).toHaveLength(1);
    expect(r.tickets[0]).toMatchObject({
      id: 'jira:HELP-7',
      customerRef: 'Hooli',
      requester: 'Erin Customer',
      subject: 'Cannot reset password',
      description: 'The reset mail never arrives.',
      status: 'resolved',
      priority: 'high',
      createdAt: Date.UTC(2026, 9, 1, 3),
      resolvedAt: Date.UTC(2026, 9, 2, 3),
    });
    expect(r.events.map((e) => [e.kind, e.public, e.body])).toEqual([
      ['comment', false, 'Internal: SMTP bounce.'],
      ['comment', true, 'We sent a new link.'],
      ['status', false, 'waiting for support -> resolved'],
    ]);
  });
});

describe('generic CSV', () => {
  it('maps common headers and skips rows without id or with bad times', async () => {
    const r = await readTicketFile(fixture('tickets.csv'));
    expect(r.format).toBe('csv');
    expect(r.read).toBe(5);
    expect(r.skips.counts).toEqual({ 'missing-id': 1, 'bad-timestamp': 2 });
    expect(r.tickets[0]).toEqual({
      id: 'csv:T-1',
      system: 'csv',
      externalId: 'T-1',
      customerRef: 'acme',
      requester: null,
      subject: 'Invoice PDF empty',
      description: 'The PDF has no pages, since 3.1',
      status: 'solved',
      priority: 'urgent',
      channel: null,
      group: 'Billing',
      assignee: 'Kim',
      createdAt: Date.parse('2026-08-01T09:00:00Z'),
      resolvedAt: Date.parse('2026-08-01T17:00:00Z'),
      tags: ['billing', 'pdf'],
      productVersion: '3.1.0',
    });
    expect(r.tickets[1]).toMatchObject({
      id: 'csv:T-2',
      priority: 'normal',
      resolvedAt: null,
      description: '',
    });
    expect(r.events).toEqual([]);
  });
});
