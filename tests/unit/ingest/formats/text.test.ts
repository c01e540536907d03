import { describe, expect, it } from 'vitest';
import { defaultIngestConfig } from '../../../../core/ingest/config.ts';
import { createFieldMapper } from '../../../../core/ingest/field-mapper.ts';
import { createAccessLogParser } from '../../../../core/ingest/formats/apache.ts';
import { createLogfmtParser, splitLogfmt } from '../../../../core/ingest/formats/logfmt.ts';
import { createMultilineTextParser } from '../../../../core/ingest/formats/log4j.ts';
import { createPlainTextParser } from '../../../../core/ingest/formats/plain.ts';
import { createSyslogParser } from '../../../../core/ingest/formats/syslog.ts';
import { readTextHeader } from '../../../../core/ingest/formats/text-header.ts';
import { fixtureLines, run } from './helpers.ts';

const mapper = createFieldMapper(defaultIngestConfig);
const time = { referenceYear: 2026, now: Date.UTC(2026, 11, 4) };

describe('logfmt', () => {
  it('reads pairs, quoted values with escapes and bare keys', () => {
    expect(splitLogfmt('a=1 b="x \\"y\\" z\\n" flag c=')).toEqual({
      a: '1',
      b: 'x "y" z\n',
      flag: true,
      c: '',
    });
    expect(splitLogfmt('just words')).toBeNull();
    expect(splitLogfmt('k="unterminated')).toEqual({ k: 'unterminated' });
  });

  it('maps the fixture', () => {
    const { records, skips } = run(
      (s) => createLogfmtParser(s, mapper),
      [...fixtureLines('app.logfmt'), 'no pairs', ''],
    );
    expect(skips).toEqual({ 'unparsable-line': 1, 'empty-line': 1 });
    expect(records[1]).toMatchObject({
      ts: Date.UTC(2026, 2, 1, 12, 0, 1),
      level: 'error',
      message: 'payment failed: "card declined"',
      tenantId: 'acme',
      userId: 'u-1',
      requestId: 'r-2',
    });
    expect(records[1].attributes).toEqual({ amount: '12.50' });
    expect(records[2]).toMatchObject({
      level: 'warn',
      service: 'billing',
      ts: Date.UTC(2026, 2, 1, 12, 0, 2, 500),
    });
  });
});

describe('syslog', () => {
  it('reads RFC 3164 with and without PRI', () => {
    const { records, skips } = run(
      (s) => createSyslogParser(s, mapper, time),
      [...fixtureLines('syslog-3164.log'), 'garbage'],
    );
    expect(skips).toEqual({ 'unparsable-line': 1 });
    expect(records[0]).toMatchObject({
      ts: Date.UTC(2026, 9, 11, 22, 14, 15),
      level: 'fatal',
      host: 'mymachine',
      service: 'su',
      message: "'su root' failed for lonvick on /dev/pts/8",
    });
    expect(records[1]).toMatchObject({
      host: '10.0.0.99',
      service: 'myapp',
      level: 'info',
      message: 'Use the BFG!',
    });
    expect(records[1].attributes).toEqual({ pid: '1234', facility: 1 });
    expect(records[2]).toMatchObject({
      service: 'sshd(pam_unix)',
      host: 'combo',
      level: 'unknown',
    });
    expect(records[3]).toMatchObject({ service: 'kernel', level: 'error' });
  });

  it('reads RFC 5424 with structured data', () => {
    const { records, skips } = run(
      (s) => createSyslogParser(s, mapper, time),
      fixtureLines('syslog-5424.log'),
    );
    expect(skips).toEqual({});
    expect(records[0]).toMatchObject({
      ts: Date.UTC(2003, 9, 11, 22, 14, 15, 3),
      level: 'info',
      host: 'mymachine.example.com',
      service: 'evntslog',
      tenantId: 'acme',
      tenantOrigin: 'field',
      message: 'An application event log entry',
    });
    expect(records[0].attributes).toMatchObject({
      msgid: 'ID47',
      sd: {
        'exampleSDID@32473': {
          iut: '3',
          eventSource: 'Application',
          eventID: '1011',
          tenant_id: 'acme',
        },
      },
    });
    expect(records[1]).toMatchObject({
      ts: Date.UTC(2003, 7, 24, 12, 14, 15, 0),
      level: 'error',
      service: 'myproc',
    });
    expect(records[2].attributes).toMatchObject({
      sd: { meta: { escaped: 'a "quoted" ]value' } },
    });
  });
});

describe('access logs', () => {
  it('reads common and combined lines; 5xx is an error, 4xx a warning', () => {
    const { records, skips } = run(
      (s) => createAccessLogParser(s, time),
      [...fixtureLines('access.log'), 'nope'],
    );
    expect(skips).toEqual({ 'unparsable-line': 1 });
    expect(records[0]).toMatchObject({
      ts: Date.UTC(2000, 9, 10, 20, 55, 36),
      level: 'info',
      userId: 'frank',
      message: 'GET /apache_pb.gif 200',
    });
    expect(records[1]).toMatchObject({ level: 'error', message: 'GET /t/acme/orders 500' });
    expect(records[1].attributes).toEqual({
      client: '83.149.9.216',
      method: 'GET',
      path: '/t/acme/orders?page=2',
      protocol: 'HTTP/1.1',
      status: 500,
      bytes: 203023,
      referrer: 'http://semicomplete.com/',
      userAgent: 'Mozilla/5.0 (Macintosh)',
    });
    expect(records[2]).toMatchObject({ level: 'warn', message: 'POST /api/login 404' });
    expect(records[2].attributes).toMatchObject({ bytes: null });
  });
});

describe('multi-line text', () => {
  it('joins Java stack traces into their record', () => {
    const { records, skips } = run(
      (s) => createMultilineTextParser(s, time),
      fixtureLines('log4j-stack.log'),
    );
    expect(skips).toEqual({});
    expect(records).toHaveLength(3);
    expect(records[1]).toMatchObject({
      level: 'error',
      line: 2,
      ts: Date.UTC(2026, 2, 1, 12, 0, 1, 456),
    });
    expect(records[1].attributes).toEqual({
      logger: 'com.acme.billing.PaymentService',
      thread: 'http-nio-8080-exec-1',
    });
    expect(records[1].message.split('\n')).toHaveLength(7);
    expect(records[1].message).toContain('\nCaused by: java.net.SocketTimeoutException');
    expect(records[2]).toMatchObject({ level: 'warn', message: 'Shutting down', line: 9 });
    expect(records[2].attributes).toEqual({ logger: 'com.acme.App', thread: 'main' });
  });

  it('joins Python tracebacks and reads `- logger - LEVEL -` headers', () => {
    const { records } = run((s) => createMultilineTextParser(s, time), fixtureLines('python.log'));
    expect(records.map((r) => r.level)).toEqual(['info', 'error', 'warn']);
    expect(records[1].message).toBe(
      'Job 42 failed\nTraceback (most recent call last):\n  File "/app/worker.py", line 10, in run\n    do_work()\nValueError: bad input',
    );
    expect(records[1].attributes).toEqual({ logger: 'myapp.worker' });
  });

  it('keeps lines before the first header, caps huge records', () => {
    const lines = [
      'orphan line',
      '2026-03-01T00:00:00Z INFO start',
      ...Array.from({ length: 1005 }, () => '  more'),
    ];
    const { records, skips } = run((s) => createMultilineTextParser(s, time), lines);
    expect(records[0]).toMatchObject({ message: 'orphan line', ts: null });
    expect(records[1].message.split('\n')).toHaveLength(1000);
    expect(skips).toEqual({ 'record-too-long': 6 });
  });

  it('reads header shapes', () => {
    expect(readTextHeader('ERROR:root:boom')).toMatchObject({
      ts: null,
      level: 'error',
      logger: 'root',
    });
    expect(readTextHeader('[2026-03-01 10:00:00] [warn] x')).toMatchObject({
      level: 'warn',
      messageStart: 29,
    });
    expect(readTextHeader('[2026-03-01 10:00:00 no bracket')).toBeNull();
    expect(readTextHeader('INFO but no colon')).toBeNull();
    expect(readTextHeader('2026-03-01 10:00:00 [unclosed')).toMatchObject({ level: 'unknown' });
    expect(readTextHeader('2026-03-01 10:00:00 [t1]: e 42 E started')).toMatchObject({
      thread: 't1',
      level: 'unknown',
    });
  });
});

describe('plain text', () => {
  it('makes one record per line, sniffing time and level', () => {
    const { records, skips } = run(
      (s) => createPlainTextParser(s, time),
      [...fixtureLines('plain.txt'), ' '],
    );
    expect(skips).toEqual({ 'empty-line': 1 });
    expect(records.slice(0, 3).map((r) => [r.message, r.level, r.ts])).toEqual([
      ['Starting nightly batch', 'unknown', null],
      ['2026-03-01T02:00:00Z ERROR batch aborted', 'error', Date.UTC(2026, 2, 1, 2)],
      ['nothing else to say here', 'unknown', Date.UTC(2026, 2, 1, 2)],
    ]);
  });
});
