/**
 * Masking rules as data: each rule names a kind of variable, the regex that finds it and
 * what replaces it. Rules run in order on the whole message before tokenization; `hint` is
 * a substring the message must contain for the rule to be worth running (keeps mining
 * fast). Numbers, and any other sub-token carrying a digit, are masked afterwards by the
 * tokenizer (see tokenize.ts), because a digit anywhere in a word almost always marks an
 * identifier, a counter, a size or a time.
 *
 * The output follows the Loghub (corrected) template convention: `<*>` for a variable,
 * separators kept (`<*>:<*>` for host:port, `"<*>"` for a quoted value).
 */
export const WILDCARD = '<*>';

export interface MaskingRule {
  /** Stable name, used in docs and tests. */
  readonly name: string;
  /** Global regex; every match is replaced. */
  readonly pattern: RegExp;
  readonly replacement: string;
  /** The rule only runs when the message contains one of these substrings. */
  readonly hints: readonly string[];
}

// Characters that end a path-like token (as in the Loghub-2.0 template guidelines).
const PATH_END = `\\s,!;:=|"'\\[\\](){}`;

export const MASKING_RULES: readonly MaskingRule[] = [
  {
    name: 'date-time',
    // `Fri Jun 17 07:07:00 2005` in a message: the time stays, masked later as <*>:<*>:<*>.
    pattern:
      /\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+(\d{1,2}:\d{2}:\d{2})(?:\s+\d{4})?\b/g,
    replacement: '$1',
    hints: [':'],
  },
  {
    name: 'url',
    pattern: /\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s"'<>\][)(,]+/g,
    replacement: WILDCARD,
    hints: ['://'],
  },
  {
    name: 'email',
    pattern: /[\w.+-]+@[a-zA-Z][\w-]*(?:\.[\w-]+)*\.[a-zA-Z]{2,}\b/g,
    replacement: WILDCARD,
    hints: ['@'],
  },
  {
    name: 'uuid',
    pattern: /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g,
    replacement: WILDCARD,
    hints: ['-'],
  },
  {
    name: 'ip-port',
    pattern: /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}:\d{1,5}\b/g,
    replacement: `${WILDCARD}:${WILDCARD}`,
    hints: ['.'],
  },
  {
    name: 'ip',
    pattern: /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)/g,
    replacement: WILDCARD,
    hints: ['.'],
  },
  {
    name: 'host-name',
    // Dotted names ending in a top-level domain; Java packages (`org.apache.X`) do not.
    pattern:
      /\b(?<![.-])(?:[a-zA-Z0-9-]+\.)+(?:com|net|org|edu|gov|mil|io|cn|hk|uk|de|jp|fr|ru|br|in|au|ca|us|eu|info|biz|me|co|tv|cc|asia|xyz|top|local|localdomain|internal|lan|corp)(?![\w-])/g,
    replacement: WILDCARD,
    hints: ['.'],
  },
  {
    name: 'host-port',
    // A bare `name:port` word (`wpad:80`); dotted hosts and IPs are masked above.
    pattern: /(?<=^|\s)[A-Za-z][\w.-]*:\d{2,5}(?=\s|$)/g,
    replacement: `${WILDCARD}:${WILDCARD}`,
    hints: [':'],
  },
  {
    name: 'quoted-value',
    pattern: /(?<==)(["'])[^"'\n]*\1/g,
    replacement: `"${WILDCARD}"`,
    hints: ['="', "='"],
  },
  {
    name: 'unix-path',
    pattern: new RegExp(`(?<=^|[${PATH_END}])(?:/[^/${PATH_END}]+)+/?(?=$|[${PATH_END}])`, 'g'),
    replacement: WILDCARD,
    hints: ['/'],
  },
  {
    name: 'windows-path',
    pattern: /\b[a-zA-Z]:\\[^\s"'<>|]*/g,
    replacement: WILDCARD,
    hints: [':\\'],
  },
  {
    name: 'hex',
    pattern: /\b0[xX][0-9a-fA-F]+\b/g,
    replacement: WILDCARD,
    hints: ['0x', '0X'],
  },
  {
    name: 'duration-or-size',
    // `12ms`, `<1 sec`, `384.0 B`, `2.5 GiB`: the unit belongs to the value.
    pattern:
      /[<>]?\b\d+(?!\d)(?:\.\d+(?!\d))?\s?(?:ns|us|µs|ms|s|sec|secs|min|h|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB|kb|mb|gb)\b/g,
    replacement: WILDCARD,
    hints: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  },
  {
    name: 'key-value',
    // A value with a digit after `key=`; constant values (`tty=ssh`) stay readable.
    pattern: /(?<=\b[\w.-]+=)[^\s,;&"'()[\]{}]*\d[^\s,;&"'()[\]{}]*/g,
    replacement: WILDCARD,
    hints: ['='],
  },
];

/**
 * Replaces every variable a rule recognizes by `<*>`; returns the masked message. Never
 * throws: a message no rule matches comes back unchanged.
 */
export function maskMessage(
  message: string,
  rules: readonly MaskingRule[] = MASKING_RULES,
): string {
  let out = message;
  for (const rule of rules) {
    let hinted = false;
    for (const hint of rule.hints) {
      if (out.includes(hint)) {
        hinted = true;
        break;
      }
    }
    if (hinted) out = out.replace(rule.pattern, rule.replacement);
  }
  return out;
}
