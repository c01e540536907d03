import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTimestamp } from '../../../core/tickets/timestamps.ts';
import { normalizePriority, resolveCustomerRef } from '../../../core/tickets/vocabulary.ts';

describe('parseTimestamp', () => {
  it.each([
    ['2026-09-01T12:00:00Z', Date.UTC(2026, 8, 1, 12)],
    ['2026-09-01T14:00:00+02:00', Date.UTC(2026, 8, 1, 12)],
    ['2026-10-10T13:55:36.000+0000', Date.UTC(2026, 9, 10, 13, 55, 36)],
    ['2011-12-14T10:26:06.030+1300', Date.UTC(2011, 11, 13, 21, 26, 6, 30)],
    ['2015-10-09T10:22:00+0700', 1444360920000],
    ['2016-12-13 21:43:14', Date.UTC(2016, 11, 13, 21, 43, 14)],
    ['29/2/2016 01:16', Date.UTC(2016, 1, 29, 1, 16)],
    ['2026-09-01', Date.UTC(2026, 8, 1)],
    ['1444360920', 1444360920000],
    [1444360920000, 1444360920000],
    [{ iso8601: '2015-10-09T10:22:00+0700', epochMillis: 1444360920000 }, 1444360920000],
    [{ iso8601: '2015-10-09T10:22:00+0700' }, 1444360920000],
  ])('reads %j', (input, expected) => {
    expect(parseTimestamp(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    '?',
    'yesterday',
    '31/2/2016 10:00',
    '2026-13-01T00:00:00Z',
    '2026-02-30',
    -5,
    {},
  ])('gives null for %j', (input) => {
    expect(parseTimestamp(input)).toBeNull();
  });

  it('round-trips any ISO string Date produces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4102444800000 }), (ms) => {
        expect(parseTimestamp(new Date(ms).toISOString())).toBe(ms);
      }),
    );
  });
});

describe('normalizePriority', () => {
  it.each([
    ['urgent', 'urgent'],
    ['Highest', 'urgent'],
    ['Blocker', 'urgent'],
    ['1 - Critical', 'urgent'],
    ['2', 'high'],
    ['High', 'high'],
    ['P2', 'high'],
    ['Major', 'normal'],
    ['3 - Moderate', 'normal'],
    ['medium', 'normal'],
    ['4 - Low', 'low'],
    ['Minor', 'low'],
    ['5', 'low'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizePriority(input)).toBe(expected);
  });

  it('gives null when absent or unknown', () => {
    expect(normalizePriority(null)).toBeNull();
    expect(normalizePriority('whenever')).toBeNull();
    expect(normalizePriority('9')).toBeNull();
  });
});

describe('resolveCustomerRef', () => {
  it('prefers external id, then tenant id, then name, then internal id', () => {
    expect(resolveCustomerRef({ externalId: 'X', tenantId: 't', name: 'N', id: 1 })).toBe('X');
    expect(resolveCustomerRef({ externalId: null, tenantId: 't', name: 'N', id: 1 })).toBe('t');
    expect(resolveCustomerRef({ name: 'N', id: 1 })).toBe('N');
    expect(resolveCustomerRef({ id: 1 })).toBe('1');
    expect(resolveCustomerRef({})).toBeNull();
  });
});
