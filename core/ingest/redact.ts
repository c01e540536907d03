/**
 * Redaction of personal data and secrets in log messages before they are stored or
 * exported. Each kind has a cheap trigger (a character or substring test) so a line with
 * nothing to redact costs a few native scans and no regex replacement.
 *
 * Known ambiguity: an IPv4-shaped string with every part ≤ 255 is redacted even when it is
 * a four-part version number ("version 1.2.3.4"); a version written with a prefix ("v1.2.3.4")
 * or with three parts ("1.2.3") is kept. Timestamps, UUIDs and plain numbers are kept.
 * Likewise three or four digit groups split by one separator that total 10-15 digits
 * ("1234 5678 9012") read as a phone number. A value after a secret-looking key (token=,
 * client_secret:) is hidden only when it is 16+ characters; a password always.
 */
import { z } from 'zod';
import { CaselineError } from '../errors.ts';

/** A user-supplied redaction rule from the import config: matches become `<name>`. */
export const RedactionPattern = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z][\w-]*$/, 'a name of letters, digits, - and _')
    .max(40),
  regex: z.string().min(1),
});
export type RedactionPattern = z.infer<typeof RedactionPattern>;

export type RedactionKind =
  'email' | 'jwt' | 'bearer' | 'apikey' | 'ipv6' | 'ipv4' | 'card' | 'phone';

export interface Redactor {
  /** The text with every match replaced by its placeholder (`<email>`, `<ip>`, ...). */
  redact(text: string): string;
  /** Replacements made so far, per kind (built-in kinds and extra pattern names). */
  counts(): Record<string, number>;
}

export interface RedactorOptions {
  enabled: boolean;
  extraPatterns?: readonly RedactionPattern[];
}

interface Rule {
  kind: string;
  /** Cheap test; the regex runs only when it says the text may contain a match. */
  trigger: (text: string) => boolean;
  regex: RegExp;
  /** Replacement for one match; returning the match itself keeps it (and counts nothing). */
  replace: (match: string) => string;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = `(?:${OCTET}\\.){3}${OCTET}`;
const H = '[0-9A-Fa-f]{1,4}';
const IPV6 =
  `(?:(?:${H}:){7}${H}` +
  `|(?:${H}:){1,6}:(?:${H}(?::${H}){0,5})?` +
  // A leading "::" right after a placeholder was the tail of another match ("1.2.3.4::0").
  `|(?<!>)::(?:${H}(?::${H}){0,6})?)` +
  // An embedded IPv4 tail ("::ffff:192.0.2.1", "64:ff9b::10.0.0.1").
  `(?:(?<=:)${IPV4}|:${IPV4})?`;

// Any key ending in one of these names: api_key, client_secret, csrf_token, x-auth-token...
const secretKeys =
  '(?:[A-Za-z0-9]+[_-])*(?:api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|secret(?:[_-]?key)?|token)';

const apikeyTrigger = /key|token|secret|passw|pwd|sk_|pk_|rk_|AKIA|ASIA|gh[pousr]_|xox/i;
const ipv4Trigger = /\d\.\d{1,3}\.\d{1,3}\.\d/;
const cardTrigger = /[2-6](?:[ -]?\d){12}/;
const phoneTrigger = /\d[ .)-]{1,2}\d{2}|\+\d|\(\d/;

interface BuiltinRule {
  kind: RedactionKind;
  trigger: (text: string) => boolean;
  regex: RegExp;
  placeholder: string;
  /** Second look at a regex match that the regex alone cannot decide (Luhn, shape). */
  check?: (match: string) => boolean;
}

const builtins: BuiltinRule[] = [
  {
    kind: 'email',
    trigger: (t) => t.includes('@'),
    regex:
      /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    placeholder: '<email>',
  },
  {
    kind: 'jwt',
    trigger: (t) => t.includes('eyJ'),
    regex: /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g,
    placeholder: '<jwt>',
  },
  {
    kind: 'bearer',
    trigger: (t) => t.includes('earer') || t.includes('EARER'),
    regex: /\b(?:[Bb]earer|BEARER)\s+[A-Za-z0-9._~+/-]+=*/g,
    placeholder: 'Bearer <token>',
  },
  {
    kind: 'apikey',
    trigger: (t) => apikeyTrigger.test(t),
    regex: new RegExp(
      '\\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}' +
        '|\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b' +
        '|\\bgh[pousr]_[A-Za-z0-9]{30,}' +
        '|\\bxox[abprs]-[A-Za-z0-9-]{10,}' +
        // key=value: keep the key, hide a long value (short values are words like "expired").
        `|(?<=\\b(?:${secretKeys})["']?\\s*[:=]\\s*["']?)[A-Za-z0-9+/_.~-]{16,}=*` +
        // passwords are secret whatever their length.
        `|(?<=\\b(?:password|passwd|pwd)["']?\\s*[:=]\\s*["']?)[^\\s"'&,;<]+`,
      'gi',
    ),
    placeholder: '<apikey>',
  },
  {
    kind: 'ipv6',
    trigger: ipv6Trigger,
    regex: new RegExp(`(?<![\\w:.])${IPV6}(?!\\w|:[\\w:]|\\.\\d)`, 'g'),
    placeholder: '<ip>',
    // "dead::beef"-like scopes and words are not addresses.
    check: (m) => m.length >= 3 && /\d/.test(m),
  },
  {
    kind: 'ipv4',
    trigger: (t) => ipv4Trigger.test(t),
    regex: new RegExp(`(?<![\\w.])${IPV4}(?![\\w]|\\.\\d)`, 'g'),
    placeholder: '<ip>',
  },
  {
    kind: 'card',
    trigger: (t) => cardTrigger.test(t),
    // Issuer digits 2-6 keep epoch milliseconds and microseconds (1...) out.
    regex: /(?<![\w.-])[2-6](?:[ -]?\d){12,18}(?![\w-]|\.\d)/g,
    placeholder: '<card>',
    check: luhnValid,
  },
  {
    kind: 'phone',
    trigger: (t) => phoneTrigger.test(t),
    regex:
      /(?<![\w+.:-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)|\d{1,4})(?:[ .-]?(?:\(\d{1,4}\)|\d{1,4})){1,5}(?![\w.:-]|[+(])/g,
    placeholder: '<phone>',
    check: phoneShaped,
  },
];

function ipv6Trigger(t: string): boolean {
  const first = t.indexOf(':');
  if (first < 0) return false;
  if (t.includes('::', first)) return true;
  // The full form has seven colons.
  let colons = 0;
  for (let i = first; i >= 0 && colons < 7; i = t.indexOf(':', i + 1)) colons++;
  return colons >= 7;
}

/** Luhn checksum over the digits of a candidate card number. */
function luhnValid(candidate: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = candidate.length - 1; i >= 0; i--) {
    const c = candidate.charCodeAt(i) - 48;
    if (c < 0 || c > 9) continue;
    let d = c;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * A phone number: 10-15 digits written the way people write phone numbers: with a
 * +country code or an (area) code, or in groups split by one kind of separator
 * ("555-123-4567", "020 7946 0958"). Dates ("2026-09-01 12") mix separators and stay.
 */
function phoneShaped(candidate: string): boolean {
  let digits = 0;
  let separator = 0;
  let mixed = false;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 32 || c === 45 || c === 46) {
      if (separator !== 0 && separator !== c) mixed = true;
      separator = c;
    }
  }
  if (digits < 10 || digits > 15) return false;
  const c0 = candidate.charCodeAt(0);
  if (c0 === 43 || candidate.includes('(')) return true;
  return separator !== 0 && !mixed;
}

/**
 * Creates a redactor. With `enabled: false` text passes through untouched. Extra
 * patterns (from the import config) run after the built-in kinds and replace matches
 * with `<name>`. Throws CaselineError('bad-config', {pattern, reason}) for an extra
 * pattern that does not compile or matches the empty string.
 */
export function createRedactor(options: RedactorOptions): Redactor {
  const tally: Record<string, number> = {};
  if (!options.enabled) return { redact: (text) => text, counts: () => ({ ...tally }) };

  const rules: Rule[] = builtins.map((b) => {
    const check = b.check;
    return {
      kind: b.kind,
      trigger: b.trigger,
      regex: b.regex,
      replace: check ? (m) => (check(m) ? b.placeholder : m) : () => b.placeholder,
    };
  });
  for (const extra of options.extraPatterns ?? []) rules.push(compileExtra(extra));

  return {
    redact(text) {
      let out = text;
      for (const rule of rules) {
        if (!rule.trigger(out)) continue;
        out = out.replace(rule.regex, (m) => {
          const r = rule.replace(m);
          if (r !== m) tally[rule.kind] = (tally[rule.kind] ?? 0) + 1;
          return r;
        });
      }
      return out;
    },
    counts: () => ({ ...tally }),
  };
}

function compileExtra(pattern: RedactionPattern): Rule {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern.regex, 'g');
  } catch (e) {
    throw new CaselineError('bad-config', {
      pattern: pattern.regex,
      reason: e instanceof Error ? e.message : String(e),
    });
  }
  // An empty match would insert the placeholder between every character.
  if (new RegExp(`^(?:${pattern.regex})$`).test('')) {
    throw new CaselineError('bad-config', { pattern: pattern.regex, reason: 'matches empty text' });
  }
  const placeholder = `<${pattern.name}>`;
  return { kind: pattern.name, trigger: always, regex, replace: () => placeholder };
}

function always(): boolean {
  return true;
}
