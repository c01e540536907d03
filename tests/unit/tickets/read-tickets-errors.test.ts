import { describe, expect, it } from 'vitest';
import { CaselineError } from '../../../core/errors.ts';
import { readTicketFile } from '../../../core/tickets/read-tickets.ts';
import { fixture, rejection, scratch } from './helpers.ts';
import { readFileSync } from 'node:fs';

const write = scratch();

async function failure(path: string) {
  const e = await rejection(readTicketFile(path));
  expect(e).toBeInstanceOf(CaselineError);
  return e as CaselineError;
}

describe('bad ticket files', () => {
  it('refuses truncated JSON as malformed-json', async () => {
    const text = readFileSync(fixture('zendesk-sideloaded.json'), 'utf8');
    const e = await failure(write('truncated.json', text.slice(0, 400)));
    expect(e.code).toBe('source-unreadable');
    expect(e.params).toMatchObject({ reason: 'malformed-json' });
  });

  it('refuses JSON and CSV it does not recognize, naming the file', async () => {
    const json = write('other.json', JSON.stringify({ hello: [{ a: 1 }] }));
    expect((await failure(json)).params).toEqual({ path: json, reason: 'unknown-ticket-format' });
    expect((await failure(write('list.json', '[1, 2]'))).params).toMatchObject({
      reason: 'unknown-ticket-format',
    });
    expect((await failure(write('metrics.csv', 'cpu,mem\n1,2\n'))).params).toMatchObject({
      reason: 'unknown-ticket-format',
    });
    expect((await failure(write('notes.txt', 'just some words\n'))).params).toMatchObject({
      reason: 'unknown-ticket-format',
    });
  });

  it('reports a missing file as source-not-found', async () => {
    const e = await failure('/nonexistent/tickets.json');
    expect(e.code).toBe('source-not-found');
  });

  it('reads gzipped JSON and semicolon CSV, detected by content not by name', async () => {
    const doc = {
      tickets: [{ id: 1, subject: 'a', status: 'open', created_at: '2026-01-01T00:00:00Z' }],
    };
    const gz = await readTicketFile(write('export.bin', JSON.stringify(doc), true));
    expect(gz.format).toBe('zendesk');
    expect(gz.tickets).toHaveLength(1);
    const csv = await readTicketFile(
      write('export.json', 'id;title;created\n7;Broken;2026-01-02T00:00:00Z\n'),
    );
    expect(csv.format).toBe('csv');
    expect(csv.tickets[0]).toMatchObject({ id: 'csv:7', subject: 'Broken', status: 'open' });
  });

  it('reads bare arrays of tickets of each system', async () => {
    const zendesk = await readTicketFile(
      write(
        'z.json',
        JSON.stringify([{ id: 5, subject: 's', created_at: '2026-01-01T00:00:00Z' }]),
      ),
    );
    expect(zendesk.tickets[0].id).toBe('zendesk:5');
    const jira = await readTicketFile(
      write(
        'j.json',
        JSON.stringify([{ key: 'A-1', fields: { created: '2026-01-01T00:00:00.000+0000' } }]),
      ),
    );
    expect(jira.tickets[0].id).toBe('jira:A-1');
    const jsm = await readTicketFile(
      write(
        'm.json',
        JSON.stringify([{ issueKey: 'H-1', createdDate: { epochMillis: 1767225600000 } }]),
      ),
    );
    expect(jsm.tickets[0].id).toBe('jira:H-1');
    const sn = await readTicketFile(
      write('s.json', JSON.stringify([{ number: 'INC1', opened_at: '2026-01-01 00:00:00' }])),
    );
    expect(sn.tickets[0].id).toBe('servicenow:INC1');
  });

  it('counts non-object records and bad comments as skips, never crashes', async () => {
    const doc = {
      tickets: [
        'nonsense',
        {
          id: 1,
          subject: 's',
          created_at: '2026-01-01T00:00:00Z',
          comments: [{ body: 'no time' }, 42],
        },
      ],
    };
    const r = await readTicketFile(write('mixed.json', JSON.stringify(doc)));
    expect(r.tickets).toHaveLength(1);
    expect(r.skips.counts).toEqual({ 'not-an-object': 1, 'bad-comment': 2 });
  });

  it('keeps only ticket rows of a mixed Zendesk search', async () => {
    const doc = {
      results: [
        { id: 1, subject: 's', result_type: 'ticket', created_at: '2026-01-01T00:00:00Z' },
        { id: 2, name: 'someone', result_type: 'user', created_at: '2026-01-01T00:00:00Z' },
      ],
    };
    const r = await readTicketFile(write('search.json', JSON.stringify(doc)));
    expect(r.tickets.map((t) => t.id)).toEqual(['zendesk:1']);
  });
});
