import { describe, expect, it } from 'vitest';
import { defaultIngestConfig } from '../../../../core/ingest/config.ts';
import { createFieldMapper } from '../../../../core/ingest/field-mapper.ts';
import { createCsvParser, csvDelimiter, splitCsvRow } from '../../../../core/ingest/formats/csv.ts';
import { compileLogFormat, createLoghubParser } from '../../../../core/ingest/formats/loghub.ts';
import { fixtureLines, run } from './helpers.ts';

const mapper = createFieldMapper(defaultIngestConfig);
const time = { referenceYear: 2026, now: Date.UTC(2026, 11, 4) };

describe('CSV logs', () => {
  it('splits rows with quotes and picks the delimiter', () => {
    expect(splitCsvRow('a,"b,""c""",d', ',')).toEqual(['a', 'b,"c"', 'd']);
    expect(splitCsvRow('a,"open', ',')).toBeNull();
    expect(splitCsvRow('"x"y,z', ',')).toEqual(['xy', 'z']);
    expect(splitCsvRow('"x"', ',')).toEqual(['x']);
    expect(csvDelimiter('time;level;message')).toBe(';');
    expect(csvDelimiter('time\tlevel')).toBe('\t');
    expect(csvDelimiter('single')).toBe(',');
  });

  it('maps columns through the field names, rows may span lines', () => {
    const { records, skips } = run((s) => createCsvParser(s, mapper), fixtureLines('events.csv'));
    expect(skips).toEqual({});
    expect(records).toHaveLength(3);
    expect(records[1]).toMatchObject({
      level: 'error',
      message: 'Failed, with "quotes"',
      tenantId: 'acme',
      requestId: 'r-2',
      line: 3,
    });
    expect(records[2]).toMatchObject({
      message: 'multi\nline message',
      tenantId: 'globex',
      line: 4,
      ts: Date.UTC(2026, 2, 1, 12, 0, 2),
    });
  });

  it('counts bad rows and an unclosed quote at the end', () => {
    const { records, skips } = run(
      (s) => createCsvParser(s, mapper),
      ['', 'ts;msg;level', 'oops', '1772366400;ok;info', '1;"never closed'],
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ ts: 1772366400000, message: 'ok', level: 'info' });
    expect(skips).toEqual({ 'empty-line': 1, 'unclosed-quote': 1, 'unparsable-line': 1 });
    const wide = run((s) => createCsvParser(s, mapper), ['a,b,c', 'x']);
    expect(wide.skips).toEqual({ 'unparsable-line': 1 });
  });
});

describe('Loghub format strings', () => {
  it('keeps benchmark-style regex formats as regex and plain formats literal', () => {
    const hadoop = compileLogFormat('<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>');
    expect(hadoop.regex.test('2015-10-18 18:01:47,978 INFO [main] org.X: hi')).toBe(true);
    const proxifier = compileLogFormat('[<Time>] <Program> - <Content>');
    expect(proxifier.regex.test('[10.30 16:49:06] chrome.exe - open')).toBe(true);
    expect(compileLogFormat('<A> (\\[<B>').fields).toEqual(['A', 'B']);
    expect(() => compileLogFormat('no fields')).toThrow(RangeError);
  });

  it('maps fields to the record and skips lines that do not match', () => {
    const format = compileLogFormat('<Date> <Time> <Pid> <Level> <Component>: <Content>');
    const { records, skips } = run(
      (s) => createLoghubParser(s, format, time),
      [
        '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating',
        'not matching',
        '',
      ],
    );
    expect(skips).toEqual({ 'format-mismatch': 1, 'empty-line': 1 });
    expect(records[0]).toMatchObject({
      ts: Date.UTC(2008, 10, 9, 20, 36, 15),
      level: 'info',
      message: 'PacketResponder 1 terminating',
      attributes: { pid: '148', component: 'dfs.DataNode$PacketResponder' },
    });
  });

  it('reads OpenStack request context and epoch timestamps', () => {
    const os = compileLogFormat(
      '<Logrecord> <Date> <Time> <Pid> <Level> <Component> \\[<ADDR>\\] <Content>',
    );
    const line =
      'nova-api.log.1 2017-05-16 00:00:00.008 25746 INFO nova.wsgi [req-38101a0b-2096-447d-96ea-a692162415ae 113d3a99c3da401fbd62cc2caa5b96d2 54fadb412c4e40cdbaed9335e4c35a9e - - -] 10.11.10.1 "GET /v2/x"';
    const { records } = run((s) => createLoghubParser(s, os, time), [line]);
    expect(records[0]).toMatchObject({
      requestId: 'req-38101a0b-2096-447d-96ea-a692162415ae',
      userId: '113d3a99c3da401fbd62cc2caa5b96d2',
      tenantId: '54fadb412c4e40cdbaed9335e4c35a9e',
      tenantOrigin: 'field',
      ts: Date.UTC(2017, 4, 16, 0, 0, 0, 8),
    });
    const bgl = compileLogFormat('<Label> <Timestamp> <Date> <Node> <Content>');
    const r = run(
      (s) => createLoghubParser(s, bgl, time),
      ['- 1117838570 2005.06.03x R02 text', 'x y z w v'],
    ).records;
    expect(r[0]).toMatchObject({ ts: 1117838570000, host: 'R02', message: 'text' });
    expect(r[1].ts).toBe(1117838570000);
    const noContent = compileLogFormat('<Time> <Rest>');
    expect(run((s) => createLoghubParser(s, noContent, time), ['a b']).records[0].message).toBe(
      'a b',
    );
  });
});
