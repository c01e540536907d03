import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  epochToMs,
  parseTimestamp,
  readTimestamp,
  timestampEnd,
} from '../../../core/ingest/timestamps.ts';

const ref = { referenceYear: 2026, now: Date.UTC(2026, 11, 4, 12) };
const U = Date.UTC;

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-01T12:00:00Z', U(2026, 2, 1, 12)],
    ['2026-03-01T12:00:00.123456Z', U(2026, 2, 1, 12, 0, 0, 123)],
    ['2026-03-01 12:00:00', U(2026, 2, 1, 12)],
    ['2026-03-01t12:00', U(2026, 2, 1, 12)],
    ['2026-03-01T12:00:00+02:00', U(2026, 2, 1, 10)],
    ['2026-03-01T12:00:00-0530', U(2026, 2, 1, 17, 30)],
    ['2026-03-01T12:00:00+01', U(2026, 2, 1, 11)],
    ['2026-03-01 12:00:00 UTC', U(2026, 2, 1, 12)],
    ['2026-03-01 12:00:00,5', U(2026, 2, 1, 12, 0, 0, 500)],
    ['2015-10-18 18:01:47,978', U(2015, 9, 18, 18, 1, 47, 978)],
    ['2026-03-01', U(2026, 2, 1)],
    ['2024-02-29T23:59:59.999Z', U(2024, 1, 29, 23, 59, 59, 999)],
    ['17/May/2015:10:05:03 +0000', U(2015, 4, 17, 10, 5, 3)],
    ['10/Oct/2000:13:55:36 -0700', U(2000, 9, 10, 20, 55, 36)],
    ['Oct 11 22:14:15', U(2026, 9, 11, 22, 14, 15)],
    ['Jul  1 09:00:55', U(2026, 6, 1, 9, 0, 55)],
    ['Dec 31 23:00:00', U(2025, 11, 31, 23)],
    ['Feb 29 10:00:00', U(2024, 1, 29, 10)],
    ['Sun Dec 04 04:47:44 2005', U(2005, 11, 4, 4, 47, 44)],
    ['Dec 04 04:47:44 2005', U(2005, 11, 4, 4, 47, 44)],
    ['081109 203615', U(2008, 10, 9, 20, 36, 15)],
    ['17/06/09 20:10:40', U(2017, 5, 9, 20, 10, 40)],
    ['03-17 16:13:38.811', U(2026, 2, 17, 16, 13, 38, 811)],
    ['20171223-22:15:29:606', U(2017, 11, 23, 22, 15, 29, 606)],
    ['2005-06-03-15.42.50.675872', U(2005, 5, 3, 15, 42, 50, 675)],
    ['2005.06.03', U(2005, 5, 3)],
    ['2016/9/27 20:30:31.455', U(2016, 8, 27, 20, 30, 31, 455)],
    ['10.30 16:49:06', U(2026, 9, 30, 16, 49, 6)],
    ['1772366400', U(2026, 2, 1, 12)],
    ['1772366400.5', U(2026, 2, 1, 12, 0, 0, 500)],
    ['1772366400000', U(2026, 2, 1, 12)],
    ['1772366400000000', U(2026, 2, 1, 12)],
    ['1772366400000000000', U(2026, 2, 1, 12)],
    [' 2026-03-01T12:00:00Z ', U(2026, 2, 1, 12)],
  ])('%s', (text, expected) => {
    expect(parseTimestamp(text, ref)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    '2026-13-01T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-04-31',
    '2026-03-01T25:00:00Z',
    '20260301',
    'Oct 32 10:00:00',
    '2026-03-01T12:00:00Z trailing',
    '-5',
    '2026-03-01X',
    'May',
    '12.4.5',
  ])('rejects %j', (text) => {
    expect(parseTimestamp(text, ref)).toBeNull();
  });

  it('reads numbers by magnitude and rejects other types', () => {
    expect(parseTimestamp(1772366400, ref)).toBe(U(2026, 2, 1, 12));
    expect(parseTimestamp(1772366400123, ref)).toBe(U(2026, 2, 1, 12, 0, 0, 123));
    expect(parseTimestamp(1772366400000000000n, ref)).toBe(U(2026, 2, 1, 12));
    expect(parseTimestamp(null)).toBeNull();
    expect(parseTimestamp({})).toBeNull();
    expect(epochToMs(-1)).toBeNull();
    expect(epochToMs(Number.NaN)).toBeNull();
  });

  it('defaults the year to the current one, rolling back dates in the future', () => {
    const now = Date.now();
    const t = parseTimestamp('Jan  1 00:00:00')!;
    expect(t).toBeLessThanOrEqual(now + 86_400_000);
    expect(now - t).toBeLessThan(366 * 86_400_000);
  });

  it('reads a timestamp at the start of a line and reports where it ends', () => {
    const line = '2026-03-01 12:00:00,123 ERROR [main] x';
    expect(readTimestamp(line)).toBe(U(2026, 2, 1, 12, 0, 0, 123));
    expect(timestampEnd()).toBe(23);
    expect(readTimestamp('[17/May/2015:10:05:03 +0000] GET', 1)).toBe(U(2015, 4, 17, 10, 5, 3));
    expect(timestampEnd()).toBe(27);
    expect(readTimestamp('\tat com.x')).toBeNaN();
  });

  it('round-trips any ISO instant (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (d) => {
          expect(parseTimestamp(d.toISOString())).toBe(d.getTime());
          expect(parseTimestamp(d.toISOString().replace('T', ' ').replace('Z', '+00:00'))).toBe(
            d.getTime(),
          );
        },
      ),
    );
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const t = parseTimestamp(s, ref);
        expect(t === null || Number.isFinite(t)).toBe(true);
        readTimestamp(s, 0, ref);
      }),
    );
  });
});
