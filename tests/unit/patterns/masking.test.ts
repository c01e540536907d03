import { describe, expect, it } from 'vitest';
import { MASKING_RULES, maskMessage } from '../../../core/patterns/masking.ts';
import { collapseWildcards, maskToken, tokenize } from '../../../core/patterns/tokenize.ts';

const t = (message: string): string => tokenize(message).join(' ');

describe('masking rules', () => {
  it('are data with unique names', () => {
    const names = MASKING_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'url',
        'email',
        'uuid',
        'ip-port',
        'ip',
        'unix-path',
        'hex',
        'key-value',
      ]),
    );
  });

  it.each([
    ['GET https://api.acme.com/v1/orders?id=7 failed', 'GET <*> failed'],
    ['mail to jane.doe@acme.io bounced', 'mail to <*> bounced'],
    ['tenant 3f2b8c1e-9a4d-4e2f-8b7c-1d2e3f4a5b6c not found', 'tenant <*> not found'],
    ['connect to 10.250.19.102:50010 refused', 'connect to <*>:<*> refused'],
    ['from 173.234.31.186 port 22', 'from <*> port 22'],
    ['reading /var/log/app/server.log now', 'reading <*> now'],
    ['opened C:\\Windows\\temp\\x.dll', 'opened <*>'],
    ['flags=0x1f set', 'flags=<*> set'],
    ['took 250ms and 3.5 MB', 'took <*> and <*>'],
    ['lifetime <1 sec', 'lifetime <*>'],
    ['tag="View Lock" held', 'tag="<*>" held'],
    ['resolve proxy.cse.cuhk.edu.hk:5070', 'resolve <*>:5070'],
  ])('masks %s', (message, expected) => {
    expect(maskMessage(message)).toBe(expected);
  });

  it('keeps Java class names and constant key values', () => {
    expect(maskMessage('org.apache.hadoop.mapred.Task done tty=ssh')).toBe(
      'org.apache.hadoop.mapred.Task done tty=ssh',
    );
  });
});

describe('tokenize', () => {
  it.each([
    [
      'PacketResponder 1 for block blk_-6952295868487656571 terminating',
      'PacketResponder <*> for block <*> terminating',
    ],
    [
      'Component is in the unavailable state (HWID=3180)',
      'Component is in the unavailable state (HWID=<*>)',
    ],
    ['Received connection request /10.10.34.11:45307', 'Received connection request <*>:<*>'],
    [
      'Failed password for root from 5.36.59.76 port 42393 ssh2',
      'Failed password for root from <*> port <*> ssh2',
    ],
    ['Loaded Servicing Stack v6.1.7601.23505 now', 'Loaded Servicing Stack <*> now'],
    ['appattempt_1445144423722_0020_000001 started', '<*> started'],
    ['enabled=true   cache=null', 'enabled=<*> cache=<*>'],
  ])('%s', (message, expected) => {
    expect(t(message)).toBe(expected);
  });

  it('keeps words that end in one digit', () => {
    expect(maskToken('en0')).toBe('en0');
    expect(maskToken('SOCKS5')).toBe('SOCKS5');
    expect(maskToken('node-246')).toBe('node-<*>');
  });

  it('returns no tokens for blank messages', () => {
    expect(tokenize('   \t ')).toEqual([]);
  });

  it('collapses glued and dotted variables', () => {
    expect(collapseWildcards('<*><*>.<*> x <*>:<*>')).toBe('<*> x <*>:<*>');
    expect(collapseWildcards('plain')).toBe('plain');
  });
});
