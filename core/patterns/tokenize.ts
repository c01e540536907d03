/**
 * Tokenization that respects masking: a message is split on whitespace into tokens; each
 * token is split into sub-tokens at punctuation, and a sub-token that carries a digit or
 * an already masked variable becomes `<*>` (`blk_-42` -> `<*>`, `HWID=3180)` ->
 * `HWID=<*>)`). Adjacent variables glued together or joined by a dot collapse into one,
 * the convention of the Loghub template guidelines.
 */
import { WILDCARD, maskMessage } from './masking.ts';

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const UNDERSCORE = 95;
const MINUS = 45;

// Punctuation that separates sub-tokens ('-' is special-cased: `blk_-7` is one number).
const DELIMITER = new Uint8Array(128);
for (const c of ',!;:=|"\'[](){}.+@#$%&') DELIMITER[c.charCodeAt(0)] = 1;
const LITERAL_VARIABLES = new Set(['true', 'false', 'null']);
const LITERAL_WORD = /true|false|null/i;
const LESS_THAN = 60;

function isDelimiter(token: string, i: number): boolean {
  const c = token.charCodeAt(i);
  if (c === MINUS) return i === 0 || token.charCodeAt(i - 1) !== UNDERSCORE;
  return c < 128 && DELIMITER[c] === 1;
}

/** True when a token needs sub-token masking (has a digit, `<*>`, or a literal variable). */
function needsMasking(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if ((c >= DIGIT_0 && c <= DIGIT_9) || c === LESS_THAN) return true;
  }
  return token.length >= 4 && LITERAL_WORD.test(token);
}

/**
 * A sub-token (token[start, end)) is variable when it is masked, a literal variable
 * (true/false/null), starts with a digit, or carries two or more digits or a digit after
 * `_`. A word with one trailing digit (`ssh2`, `en0`, `SOCKS5`, `log4j`) names a thing
 * and stays constant.
 */
function isVariablePart(token: string, start: number, end: number): boolean {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = token.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      if (
        i === start ||
        token.charCodeAt(i - 1) === UNDERSCORE ||
        token.charCodeAt(i - 1) === MINUS
      ) {
        return true;
      }
      digits++;
    } else if (c === LESS_THAN && token.startsWith(WILDCARD, i)) {
      return true;
    }
  }
  if (digits >= 2) return true;
  const length = end - start;
  return (
    (length === 4 || length === 5) && LITERAL_VARIABLES.has(token.slice(start, end).toLowerCase())
  );
}

/** Merges `<*><*>` and `<*>.<*>` into one `<*>` (repeatedly). */
export function collapseWildcards(text: string): string {
  if (!text.includes('<*><*>') && !text.includes('<*>.<*>')) return text;
  let prev: string;
  let out = text;
  do {
    prev = out;
    out = out.replaceAll('<*>.<*>', WILDCARD).replaceAll('<*><*>', WILDCARD);
  } while (out !== prev);
  return out;
}

/**
 * Masks the variable sub-tokens of one whitespace-free token. Once a token has a variable
 * part, its other digit-bearing parts are variable too (`v6.1.7601` is one version).
 */
export function maskToken(token: string): string {
  if (!needsMasking(token)) return token;
  let out = '';
  let start = 0;
  let anyVariable = false;
  let constantWithDigit = false;
  for (let i = 0; i <= token.length; i++) {
    if (i < token.length && !isDelimiter(token, i)) continue;
    if (i > start && isVariablePart(token, start, i)) {
      out += WILDCARD;
      anyVariable = true;
    } else if (i > start) {
      const part = token.slice(start, i);
      out += part;
      if (!constantWithDigit && hasDigit(part)) constantWithDigit = true;
    }
    if (i < token.length) out += token[i];
    start = i + 1;
  }
  // Rare: redo with digit-bearing constant parts as variables.
  if (anyVariable && constantWithDigit)
    out = out.replace(
      /[^\s,!;:=|"'[\](){}.+@#$%&<>*-]*\d[^\s,!;:=|"'[\](){}.+@#$%&<>*-]*/g,
      WILDCARD,
    );
  return collapseWildcards(out);
}

function hasDigit(part: string): boolean {
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) return true;
  }
  return false;
}

/** Splits an already masked message into masked tokens. */
export function tokenizeMasked(masked: string): string[] {
  const tokens: string[] = [];
  for (const raw of masked.split(/\s+/)) {
    if (raw !== '') tokens.push(maskToken(raw));
  }
  return tokens;
}

/** Masks (see masking.ts) and tokenizes a message; returns its tokens, possibly empty. */
export function tokenize(message: string): string[] {
  return tokenizeMasked(maskMessage(message));
}
