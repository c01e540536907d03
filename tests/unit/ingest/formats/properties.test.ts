import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultIngestConfig } from '../../../../core/ingest/config.ts';
import { detectLogFormat } from '../../../../core/ingest/detect.ts';
import { createFieldMapper } from '../../../../core/ingest/field-mapper.ts';
import { createAccessLogParser } from '../../../../core/ingest/formats/apache.ts';
import { createCsvParser } from '../../../../core/ingest/formats/csv.ts';
import { createJsonLinesParser } from '../../../../core/ingest/formats/jsonl.ts';
import { createMultilineTextParser } from '../../../../core/ingest/formats/log4j.ts';
import { createLogfmtParser } from '../../../../core/ingest/formats/logfmt.ts';
import { compileLogFormat, createLoghubParser } from '../../../../core/ingest/formats/loghub.ts';
import { createPlainTextParser } from '../../../../core/ingest/formats/plain.ts';
import { createSyslogParser } from '../../../../core/ingest/formats/syslog.ts';
import type { LineParser, ParseSink } from '../../../../core/ingest/log-record.ts';
import { run } from './helpers.ts';

const mapper = createFieldMapper(defaultIngestConfig);
const time = { referenceYear: 2026, now: Date.UTC(2026, 11, 31) };
const hdfs = compileLogFormat('<Date> <Time> <Pid> <Level> <Component>: <Content>');
const regexFormat = compileLogFormat(
  '<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>',
);

const PARSERS: Record<string, (s: ParseSink) => LineParser> = {
  jsonl: (s) => createJsonLinesParser(s, mapper),
  logfmt: (s) => createLogfmtParser(s, mapper),
  syslog: (s) => createSyslogParser(s, mapper, time),
  apache: (s) => createAccessLogParser(s, time),
  log4j: (s) => createMultilineTextParser(s, time),
  csv: (s) => createCsvParser(s, mapper),
  loghub: (s) => createLoghubParser(s, hdfs, time),
  'loghub-regex': (s) => createLoghubParser(s, regexFormat, time),
  plain: (s) => createPlainTextParser(s, time),
};

const NUM_RUNS = 200;
const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,11}$/);
const text = fc
  .stringMatching(/^[A-Za-z0-9 ,.:;!?'"\\/=-]{1,40}$/)
  .filter((s) => s.trim() === s && s !== '');
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2026, 5, 1) });
const level = fc.constantFrom('debug', 'info', 'warn', 'error', 'fatal');
const noisyLine = fc
  .oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('{', '<', '[', '"', '<999>', '<1>1 ', '2026-01-01', 'a="', ' [x', '{"a":'),
  )
  .map((s) => s.replace(/[\r\n]/g, ''));

describe.each(Object.entries(PARSERS))('%s parser', (_name, create) => {
  it('never throws on arbitrary lines, and accounts for every line', () => {
    fc.assert(
      fc.property(fc.array(noisyLine, { maxLength: 20 }), (lines) => {
        const { records, skips } = run(create, lines);
        const skipped = Object.values(skips).reduce((a, b) => a + b, 0);
        expect(records.length + skipped).toBeLessThanOrEqual(lines.length);
        for (const r of records) expect(r.ts === null || Number.isFinite(r.ts)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

it('detection never throws on arbitrary samples', () => {
  fc.assert(
    fc.property(fc.array(noisyLine, { maxLength: 30 }), fc.string(), (lines, fileName) => {
      const choice = detectLogFormat(lines, { config: defaultIngestConfig, fileName, time });
      run((s) => choice.createParser(s), lines);
    }),
    { numRuns: NUM_RUNS },
  );
});

describe('generated valid lines parse back', () => {
  it('JSON lines', () => {
    fc.assert(
      fc.property(instant, level, text, word, word, (ts, lvl, msg, tenant, req) => {
        const line = JSON.stringify({
          time: new Date(ts).toISOString(),
          level: lvl,
          msg,
          tenant_id: tenant,
          request_id: req,
        });
        const { records } = run(PARSERS.jsonl, [line]);
        expect(records[0]).toMatchObject({
          ts,
          level: lvl,
          message: msg,
          tenantId: tenant,
          requestId: req,
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('logfmt', () => {
    fc.assert(
      fc.property(instant, level, text, word, (ts, lvl, msg, tenant) => {
        const quoted = '"' + msg.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
        const line = `ts=${new Date(ts).toISOString()} level=${lvl} msg=${quoted} tenant=${tenant}`;
        const { records } = run(PARSERS.logfmt, [line]);
        expect(records[0]).toMatchObject({ ts, level: lvl, message: msg, tenantId: tenant });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('syslog RFC 3164 and 5424', () => {
    const host = fc.stringMatching(/^[a-z][a-z0-9.-]{0,15}$/);
    const tag = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/);
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 191 }),
        host,
        tag,
        text,
        (ts, pri, h, t, msg) => {
          const d = new Date(ts);
          const mon = d.toUTCString().slice(8, 11);
          const stamp = `${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)}`;
          const bsd = run(PARSERS.syslog, [`<${pri}>${stamp} ${h} ${t}[42]: ${msg}`]).records[0];
          expect(bsd).toMatchObject({ host: h, service: t, message: msg });
          expect(new Date(bsd.ts!).toISOString().slice(5, 19)).toBe(d.toISOString().slice(5, 19));
          const rfc = run(PARSERS.syslog, [`<${pri}>1 ${d.toISOString()} ${h} ${t} 42 - - ${msg}`])
            .records[0];
          expect(rfc).toMatchObject({ ts, host: h, service: t, message: msg });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('access logs', () => {
    const path = fc.stringMatching(/^\/[a-z0-9/_.-]{0,30}$/);
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom('GET', 'POST', 'PUT'),
        path,
        fc.integer({ min: 100, max: 599 }),
        fc.nat(),
        (ts, method, p, status, bytes) => {
          const d = new Date(ts);
          const [, day, mon, year, clock] = /^\w+, (\d\d) (\w+) (\d+) (\S+)/.exec(d.toUTCString())!;
          const line = `10.1.2.3 - - [${day}/${mon}/${year}:${clock} +0000] "${method} ${p} HTTP/1.1" ${status} ${bytes} "-" "agent"`;
          const rec = run(PARSERS.apache, [line]).records[0];
          expect(rec.ts).toBe(Math.floor(ts / 1000) * 1000);
          expect(rec.attributes).toMatchObject({ method, path: p, status, bytes });
          expect(rec.level).toBe(status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('multi-line text records', () => {
    const entry = fc.record({
      lvl: fc.constantFrom('INFO', 'WARN', 'ERROR'),
      msg: text,
      frames: fc.array(word, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(instant, fc.array(entry, { minLength: 1, maxLength: 5 }), (ts, entries) => {
        const stamp = new Date(ts)
          .toISOString()
          .replace('T', ' ')
          .replace('Z', '')
          .replace('.', ',');
        const lines = entries.flatMap((e) => [
          `${stamp} ${e.lvl} [main] com.x.Y: ${e.msg}`,
          ...e.frames.map((f) => `\tat ${f}`),
        ]);
        const { records } = run(PARSERS.log4j, lines);
        expect(records.map((r) => r.message)).toEqual(
          entries.map((e) => [e.msg, ...e.frames.map((f) => `\tat ${f}`)].join('\n')),
        );
        expect(records.every((r) => r.ts === ts)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('CSV rows with quotes, delimiters and line breaks', () => {
    const cell = fc.stringMatching(/^[a-z ,"\n]{1,12}$/).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(instant, cell, word), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const quote = (s: string) => '"' + s.replace(/"/g, '""') + '"';
          const csv = [
            'time,message,tenant',
            ...rows.map(([ts, m, t]) => `${new Date(ts).toISOString()},${quote(m)},${t}`),
          ].join('\n');
          const { records, skips } = run(PARSERS.csv, csv.split('\n'));
          expect(skips).toEqual({});
          expect(records.map((r) => [r.ts, r.message, r.tenantId])).toEqual(rows);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('Loghub format lines', () => {
    fc.assert(
      fc.property(
        instant,
        fc.nat(99999),
        fc.constantFrom('INFO', 'WARN', 'ERROR'),
        word,
        text,
        (ts, pid, lvl, comp, msg) => {
          const d = new Date(Math.floor(ts / 1000) * 1000);
          const iso = d.toISOString();
          const date = iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
          const clock = iso.slice(11, 19).replace(/:/g, '');
          const rec = run(PARSERS.loghub, [`${date} ${clock} ${pid} ${lvl} ${comp}: ${msg}`])
            .records[0];
          expect(rec).toMatchObject({ ts: d.getTime(), level: lvl.toLowerCase(), message: msg });
          expect(rec.attributes).toEqual({ pid: String(pid), component: comp });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('plain text keeps the line as the message', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (line) => {
          expect(run(PARSERS.plain, [line]).records[0].message).toBe(line);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
