import { describe, expect, it } from 'vitest';
import { readTicketFile } from '../../../core/tickets/read-tickets.ts';
import { external } from './helpers.ts';

const samples = external('ticketing-api-samples');
const file = (name: string) => `${samples.path}/${name}`;

describe.skipIf(!samples.present)('real API sample payloads', () => {
  it('Zendesk single ticket: solved, resolved at updated_at, email channel', async () => {
    const r = await readTicketFile(file('zendesk/go-zendesk__fixture_GET_ticket.json'));
    expect(r.format).toBe('zendesk');
    expect(r.tickets).toHaveLength(1);
    expect(r.tickets[0]).toMatchObject({
      id: 'zendesk:2',
      externalId: '2',
      customerRef: '360363695492',
      requester: 'Yosuke Tamura',
      status: 'solved',
      channel: 'email',
      createdAt: Date.parse('2019-06-03T02:23:47Z'),
      resolvedAt: Date.parse('2019-06-05T01:13:24Z'),
    });
  });

  it('Zendesk list and search results', async () => {
    const list = await readTicketFile(file('zendesk/go-zendesk__fixture_GET_tickets.json'));
    expect(list.tickets.map((t) => t.externalId)).toEqual(['2', '3']);
    expect(list.tickets[1].subject).toBe('にゃー');
    const search = await readTicketFile(file('zendesk/go-zendesk__fixture_GET_search_ticket.json'));
    expect(search.tickets).toHaveLength(1);
    expect(search.tickets[0]).toMatchObject({
      externalId: '4',
      priority: 'urgent',
      status: 'new',
      resolvedAt: null,
      channel: 'api',
    });
  });

  it('Zendesk comments or audits alone name a ticket that is not in the file', async () => {
    const comments = await readTicketFile(
      file('zendesk/go-zendesk__fixture_GET_ticket_comments.json'),
    );
    expect(comments).toMatchObject({
      format: 'zendesk',
      tickets: [],
      read: 2,
      skips: { counts: { 'ticket-not-in-file': 2 } },
    });
    const audits = await readTicketFile(file('zendesk/go-zendesk__fixture_GET_ticket_audits.json'));
    expect(audits.skips.counts).toEqual({ 'ticket-not-in-file': 1 });
  });

  it('Jira issue and search', async () => {
    const issue = await readTicketFile(file('jira/jira-ruby__issue_10002.json'));
    expect(issue.format).toBe('jira');
    expect(issue.tickets[0]).toMatchObject({
      id: 'jira:SAMPLEPROJECT-1',
      status: 'open',
      priority: 'normal',
      requester: 'admin',
      createdAt: Date.parse('2011-12-13T21:26:06.030Z'),
      resolvedAt: null,
      group: 'Jamflam',
    });
    const search = await readTicketFile(file('jira/jira-ruby__issue_search.json'));
    expect(search.read).toBe(11);
    expect(search.tickets).toHaveLength(11);
    expect(search.skips.counts).toEqual({});
    const comments = await readTicketFile(file('jira/jira-ruby__issue_10002_comment.json'));
    expect(comments.skips.counts).toEqual({ 'ticket-not-in-file': 2 });
  });

  it('Jira Service Management single request and list', async () => {
    const one = await readTicketFile(
      file('jira-service-management/go-atlassian__jira_sm_mocks_get-customer-request.json'),
    );
    expect(one.tickets[0]).toMatchObject({
      id: 'jira:HELPDESK-1',
      subject: 'Request JSD help via REST',
      status: 'waiting for support',
      requester: 'Fred F. User',
      createdAt: 1444290120000,
    });
    const list = await readTicketFile(
      file('jira-service-management/go-atlassian__jira_sm_mocks_get-customer-requests.json'),
    );
    expect(list.tickets.map((t) => t.externalId)).toEqual([
      'HELPDESK-1',
      'HELPDESK-2',
      'SIMPLEDESK-6',
    ]);
  });

  it('ServiceNow incident INC0000060 with {link,value} references', async () => {
    const r = await readTicketFile(
      file('servicenow/sn-scripts__apis_DummyRecords_incident_INC0000060.json'),
    );
    expect(r.format).toBe('servicenow');
    expect(r.tickets[0]).toMatchObject({
      id: 'servicenow:INC0000060',
      subject: 'Unable to connect to email',
      status: 'closed',
      priority: 'normal',
      channel: 'self-service',
      customerRef: '31bea3d53790200044e0bfc8bcbe5dec',
      createdAt: Date.parse('2016-12-12T15:19:57Z'),
      resolvedAt: Date.parse('2016-12-13T21:43:14Z'),
    });
  });
});
