import { describe, expect, it } from 'vitest';
import { defaultIngestConfig } from '../../../../core/ingest/config.ts';
import { createFieldMapper } from '../../../../core/ingest/field-mapper.ts';
import {
  levelFromHttpStatus,
  levelFromNumber,
  levelFromOtelSeverity,
  levelFromWord,
  normalizeLevel,
} from '../../../../core/ingest/levels.ts';
import { FIELD_ROLES, WELL_KNOWN_FIELDS } from '../../../../core/ingest/well-known-fields.ts';

describe('levels', () => {
  it.each([
    ['ERROR', 'error'],
    ['Warning', 'warn'],
    ['[WARN]', 'warn'],
    ['<info>', 'info'],
    ['Fatal:', 'fatal'],
    ['notice', 'info'],
    ['CRIT', 'fatal'],
    ['SEVERE', 'error'],
    ['FINEST', 'trace'],
    ['D', 'debug'],
  ])('%s -> %s', (word, level) => {
    expect(levelFromWord(word)).toBe(level);
  });

  it('reads numbers from Bunyan/Pino, syslog and OpenTelemetry', () => {
    expect([10, 20, 30, 40, 50, 60].map((n) => levelFromNumber(n))).toEqual([
      'trace',
      'debug',
      'info',
      'warn',
      'error',
      'fatal',
    ]);
    expect([0, 3, 4, 6, 7].map((n) => levelFromNumber(n))).toEqual([
      'fatal',
      'error',
      'warn',
      'info',
      'debug',
    ]);
    expect([0, 1, 5, 9, 13, 17, 21].map(levelFromOtelSeverity)).toEqual([
      'unknown',
      'trace',
      'debug',
      'info',
      'warn',
      'error',
      'fatal',
    ]);
    expect(levelFromNumber(Number.NaN)).toBe('unknown');
    expect(normalizeLevel('50')).toBe('error');
    expect(normalizeLevel('17', true)).toBe('error');
    expect(normalizeLevel(9, true)).toBe('info');
    expect(normalizeLevel('nonsense')).toBe('unknown');
    expect(normalizeLevel(true)).toBe('unknown');
    expect([200, 302, 404, 503].map(levelFromHttpStatus)).toEqual([
      'info',
      'info',
      'warn',
      'error',
    ]);
  });
});

describe('field mapping', () => {
  const mapper = createFieldMapper(defaultIngestConfig);

  it('knows every role and the names the brief lists', () => {
    for (const role of FIELD_ROLES) expect(WELL_KNOWN_FIELDS[role].length).toBeGreaterThan(0);
    expect(WELL_KNOWN_FIELDS.service).toContain('logger_name');
    expect(WELL_KNOWN_FIELDS.service).not.toContain('logger');
  });

  it('maps every role from flat well-known names', () => {
    const rec = mapper.map(
      {
        ts: '2026-03-01T00:00:00Z',
        level: 'warn',
        msg: 'm',
        tenantId: 't',
        account_id: 'c',
        userId: 'u',
        req_id: 'r',
        traceid: 'tr',
        session_id: 's',
        app_version: '1.2',
        app: 'svc',
        hostname: 'h',
        other: 1,
      },
      7,
      'raw',
    );
    expect(rec).toMatchObject({
      ts: Date.UTC(2026, 2, 1),
      level: 'warn',
      message: 'm',
      tenantId: 't',
      customerId: 'c',
      userId: 'u',
      requestId: 'r',
      traceId: 'tr',
      sessionId: 's',
      version: '1.2',
      service: 'svc',
      host: 'h',
      line: 7,
      tenantOrigin: 'field',
      attributes: { other: 1 },
    });
  });

  it('keeps a lower-priority duplicate as an attribute and ignores empty ids', () => {
    const rec = mapper.map(
      { tenant: 'low', tenant_id: 'high', user_id: '-', request_id: '', customer_id: 42 },
      1,
      '',
    );
    expect(rec.tenantId).toBe('high');
    expect(rec.customerId).toBe('42');
    expect(rec.userId).toBeNull();
    expect(rec.attributes).toEqual({ tenant: 'low' });
    const rec2 = mapper.map(
      { tenant_id: 'high', tenant: 'low', message: { nested: true } },
      1,
      'fallback',
    );
    expect(rec2.attributes).toEqual({ tenant: 'low', message: { nested: true } });
    expect(rec2.message).toBe('fallback');
  });
});
