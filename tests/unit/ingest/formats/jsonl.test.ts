import { describe, expect, it } from 'vitest';
import { defaultIngestConfig, IngestConfig } from '../../../../core/ingest/config.ts';
import { createFieldMapper } from '../../../../core/ingest/field-mapper.ts';
import { createJsonLinesParser } from '../../../../core/ingest/formats/jsonl.ts';
import { fixtureLines, run } from './helpers.ts';

const mapper = createFieldMapper(defaultIngestConfig);
const parse = (lines: readonly string[]) => run((s) => createJsonLinesParser(s, mapper), lines);

describe('JSON lines', () => {
  it('reads ECS records, flat dotted and nested', () => {
    const { records, skips } = parse(fixtureLines('ecs.jsonl'));
    expect(skips).toEqual({});
    const [a, b, c] = records;
    expect(a).toMatchObject({
      ts: Date.UTC(2026, 2, 1, 12, 0, 0, 123),
      level: 'info',
      message: 'Payment accepted',
      service: 'billing',
      version: '2.3.1',
      traceId: '4bf92f3577b34da6',
      tenantId: 'acme',
      tenantOrigin: 'field',
      host: 'web-1',
      line: 1,
    });
    expect(a.attributes).toEqual({ 'labels.region': 'eu', 'ecs.version': '1.6.0' });
    expect(b).toMatchObject({
      ts: Date.UTC(2026, 2, 1, 10, 0, 1, 500),
      level: 'error',
      service: 'billing',
      version: '2.3.2',
      traceId: 'abc123',
      customerId: 'C-77',
      userId: 'u-9',
      requestId: 'req-1',
      tenantId: null,
      tenantOrigin: 'none',
    });
    expect(b.attributes).toEqual({ 'log.logger': 'PaymentService' });
    expect(c).toMatchObject({ level: 'warn', ts: Date.UTC(2026, 2, 1, 12, 0, 2) });
    expect(c.attributes).toEqual({ event: { duration: 1500000 } });
  });

  it('reads OpenTelemetry records in object and OTLP array form', () => {
    const { records } = parse(fixtureLines('otel.jsonl'));
    expect(records[0]).toMatchObject({
      ts: 1772366400000,
      level: 'error',
      message: 'db connection reset',
      tenantId: 'globex',
      service: 'orders',
      version: '1.4.0',
      host: 'node-3',
      traceId: '5b8efff798038103d269b633813fc60c',
    });
    expect(records[0].attributes).toMatchObject({ 'attributes.http.route': '/api/orders' });
    expect(records[1]).toMatchObject({
      ts: 1772366401000,
      level: 'info',
      message: 'order created',
      tenantId: 'initech',
      service: 'orders',
    });
    expect(records[1].attributes).toEqual({ 'attributes.order.count': 3 });
  });

  it('reads Bunyan (name is the service) and Pino, and counts broken lines', () => {
    const bunyan = parse(fixtureLines('bunyan.jsonl')).records;
    expect(bunyan[1]).toMatchObject({
      service: 'myapp',
      host: 'banana.local',
      level: 'error',
      requestId: 'r-42',
      tenantId: 'acme',
    });
    expect(bunyan[1].attributes).toEqual({ pid: 40161 });
    const pino = parse(fixtureLines('pino.jsonl'));
    expect(pino.records.map((r) => r.level)).toEqual(['info', 'fatal']);
    expect(pino.records[1]).toMatchObject({
      ts: 1772366401000,
      tenantId: 'umbrella',
      service: 'api',
    });
    expect(pino.skips).toEqual({ 'not-json-object': 1, 'malformed-json': 1 });
  });

  it('gives a line without a timestamp the previous one, and skips blanks and arrays', () => {
    const { records, skips } = parse([
      '{"time":1772366400,"msg":"a"}',
      '{"msg":"b"}',
      '',
      '[1,2]',
      '  {"msg":3}',
    ]);
    expect(records.map((r) => r.ts)).toEqual([1772366400000, 1772366400000, 1772366400000]);
    expect(records[2].message).toBe('3');
    expect(skips).toEqual({ 'empty-line': 1, 'not-json-object': 1 });
  });

  it('uses the raw line as message when no field holds one, and keeps unreadable times', () => {
    const { records } = parse(['{"time":"yesterday","status":"ok"}']);
    expect(records[0].message).toBe('{"time":"yesterday","status":"ok"}');
    expect(records[0].ts).toBeNull();
    expect(records[0].attributes).toEqual({ status: 'ok', timestamp: 'yesterday' });
  });

  it('honours configured fields and aliases before the well-known ones', () => {
    const config = IngestConfig.parse({
      fields: { tenant: ['ctx.org'], message: ['what'] },
      aliases: { acct: 'customer', old_trace: 'trace_id', legacy: 'renamed' },
    });
    const m = createFieldMapper(config);
    const { records } = run(
      (s) => createJsonLinesParser(s, m),
      [
        '{"tenant_id":"low","ctx":{"org":"high"},"what":"hi","msg":"lo","acct":"C-1","old_trace":"t1","legacy":5}',
      ],
    );
    expect(records[0]).toMatchObject({
      tenantId: 'high',
      message: 'hi',
      customerId: 'C-1',
      traceId: 't1',
    });
    expect(records[0].attributes).toEqual({ tenant_id: 'low', msg: 'lo', renamed: 5 });
  });
});
