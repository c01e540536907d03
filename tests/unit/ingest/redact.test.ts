import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaselineError } from '../../../core/errors.ts';
import { createRedactor, RedactionPattern } from '../../../core/ingest/redact.ts';

const redact = (text: string) => createRedactor({ enabled: true }).redact(text);

describe('createRedactor: what it hides', () => {
  it.each([
    [
      'email',
      'login failed for alice.smith+test@mail.example.co.uk now',
      'login failed for <email> now',
    ],
    ['ipv4', 'connect from 10.0.12.255:8080 refused', 'connect from <ip>:8080 refused'],
    ['ipv4 at sentence end', 'blocked 192.168.1.1.', 'blocked <ip>.'],
    ['ipv6 compressed', 'peer fe80::1ff:fe23:4567:890a closed', 'peer <ip> closed'],
    ['ipv6 full', 'src=2001:0db8:85a3:0000:0000:8a2e:0370:7334 ok', 'src=<ip> ok'],
    ['ipv6 loopback', 'bound to ::1 port 80', 'bound to <ip> port 80'],
    ['ipv6 mapped ipv4', 'client ::ffff:192.0.2.128 ok', 'client <ip> ok'],
    ['phone with country code', 'callback +1 555 123 4567 requested', 'callback <phone> requested'],
    ['phone with area code', 'call (555) 123-4567 today', 'call <phone> today'],
    ['phone with dashes', 'tel 555-123-4567', 'tel <phone>'],
    ['phone international', 'tel: +44 20 7946 0958', 'tel: <phone>'],
    ['card with spaces', 'card 4111 1111 1111 1111 declined', 'card <card> declined'],
    ['card with dashes', 'pan=5500-0000-0000-0004', 'pan=<card>'],
    ['card plain', 'amex 378282246310005 charged', 'amex <card> charged'],
    ['bearer', 'Authorization: Bearer abc123.def-456_ghi', 'Authorization: Bearer <token>'],
    [
      'jwt',
      'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig_-x9 expired',
      'token <jwt> expired',
    ],
    ['stripe key', 'using sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'using <apikey>'],
    ['aws key', 'key id AKIAIOSFODNN7EXAMPLE used', 'key id <apikey> used'],
    ['api_key=', 'GET /x?api_key=0123456789abcdef0123&y=1', 'GET /x?api_key=<apikey>&y=1'],
    ['secret:', 'client_secret: "Zm9vYmFyYmF6cXV4cXV1eA=="', 'client_secret: "<apikey>"'],
    ['token=', 'refresh_token=8f14e45fceea167a5a36dedd4bea2543', 'refresh_token=<apikey>'],
    ['any *_token', 'X-Csrf-Token: abcdefabcdef0123456789', 'X-Csrf-Token: <apikey>'],
    ['password', 'login password=hunter2 user=bob', 'login password=<apikey> user=bob'],
  ])('%s', (_kind, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('counts each kind it replaced', () => {
    const r = createRedactor({ enabled: true });
    r.redact('a@b.io and c@d.io from 10.0.0.1');
    r.redact('Bearer xyz and 4111111111111111');
    expect(r.counts()).toEqual({ email: 2, ipv4: 1, bearer: 1, card: 1 });
  });
});

describe('createRedactor: what it keeps', () => {
  it.each([
    ['three-part version', 'upgraded to 2.14.3 successfully'],
    ['prefixed four-part version', 'agent v1.2.3.4 started'],
    ['out-of-range dotted quad', 'build 300.1.2.999'],
    ['ISO timestamp', 'retry at 2026-09-01T12:00:00.123Z'],
    ['log timestamp', '2026-09-01 12:00:00,123 took 15 ms'],
    ['date and hour', 'window 2026-09-01 12 to 13'],
    ['uuid', 'order 123e4567-e89b-12d3-a456-426614174000 placed'],
    ['ordinary id', 'order 5551234567 shipped'],
    ['epoch milliseconds', 'ts=1725192000000 seq=1725192000000123'],
    ['non-Luhn card-like number', 'ref 4111111111111112'],
    ['short digit groups', 'retries 3 of 5, 12 ms'],
    ['time of day', 'at 12:30:45 and 23:59'],
    ['mac address', 'nic 00:1a:2b:3c:4d:5e up'],
    ['C++ scope', 'std::vector::push_back failed'],
    ['short token value', 'token=expired key=orders'],
    ['tenant key', 'tenant_key=acme monkey=banana'],
    ['at sign without domain', 'user @alice mentioned'],
    ['plain text', 'Connection pool exhausted for tenant acme (active=50, idle=0)'],
  ])('%s', (_kind, input) => {
    expect(redact(input)).toBe(input);
  });

  it('passes text through untouched when disabled', () => {
    const r = createRedactor({ enabled: false });
    expect(r.redact('alice@example.com 10.0.0.1')).toBe('alice@example.com 10.0.0.1');
    expect(r.counts()).toEqual({});
  });
});

describe('extra patterns', () => {
  it('replaces matches with <name> after the built-in kinds', () => {
    const r = createRedactor({
      enabled: true,
      extraPatterns: [{ name: 'employee-id', regex: 'EMP-\\d{5}' }],
    });
    expect(r.redact('EMP-12345 mailed bob@x.org')).toBe('<employee-id> mailed <email>');
    expect(r.counts()).toEqual({ 'employee-id': 1, email: 1 });
  });

  it('throws bad-config for an invalid or empty-matching regex', () => {
    for (const regex of ['(oops', 'a*']) {
      let error: unknown = null;
      try {
        createRedactor({ enabled: true, extraPatterns: [{ name: 'x', regex }] });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CaselineError);
      expect((error as CaselineError).code).toBe('bad-config');
      expect((error as CaselineError).params.pattern).toBe(regex);
    }
  });

  it('validates the config schema', () => {
    expect(RedactionPattern.safeParse({ name: 'badge', regex: 'B\\d+' }).success).toBe(true);
    expect(RedactionPattern.safeParse({ name: 'bad name', regex: 'x' }).success).toBe(false);
    expect(RedactionPattern.safeParse({ name: 'ok', regex: '' }).success).toBe(false);
  });
});

describe('properties', () => {
  const pieces = [
    'a',
    'Z',
    '0',
    '1',
    '4',
    '9',
    '255',
    '.',
    '@',
    ':',
    '::',
    ' ',
    '-',
    '+',
    '(',
    ')',
    '=',
    '_',
    'example.com',
    'user',
    'key=',
    'token=',
    'password=',
    'Bearer ',
    'eyJhbGci',
    'sk_live_',
    'AKIA',
    '4111 1111 1111 1111',
    '10.0.0.1',
    'fe80',
    '555',
    '<',
    '>',
    '"',
    '\n',
    'é',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('never throws and redacting twice equals redacting once', () => {
    const r = createRedactor({ enabled: true });
    fc.assert(
      fc.property(text, (t) => {
        const once = r.redact(t);
        expect(r.redact(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('never changes text that has no digit, @, colon or = sign and no Bearer', () => {
    const r = createRedactor({ enabled: true });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'x', ' ', '-', '.', '/') }), (t) => {
        expect(r.redact(t)).toBe(t);
      }),
    );
  });
});
