/**
 * A scanner for Loghub format strings whose separators are plain text (`<Date> <Time>
 * <Level> <Component>: <Content>`, `\[<Time>\] \[<Level>\] <Content>`): each field ends at the
 * first place its following separator occurs, found with indexOf, as the benchmark's lazy
 * `(.*?)` would end it. Unlike that regex it never backtracks, so a long line that does not
 * fit costs one pass instead of a combinatorial search.
 */

/** A separator: exact text pieces and whitespace runs (`\s+` in the benchmark's regex). */
type Piece = string | null; // null = one or more whitespace characters

export interface FormatScanner {
  /** The field values of a line, in format order; null when the line does not fit. */
  scan(line: string): string[] | null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

function pieces(literal: string): Piece[] {
  const out: Piece[] = [];
  for (const part of literal.split(/( +)/)) {
    if (part === '') continue;
    out.push(part.charCodeAt(0) === 32 ? null : part);
  }
  return out;
}

/** Index just past `seps` matched at i, or -1. */
function matchAt(line: string, i: number, seps: readonly Piece[]): number {
  for (const p of seps) {
    if (p === null) {
      if (!isSpace(line.charCodeAt(i))) return -1;
      while (isSpace(line.charCodeAt(i))) i++;
    } else {
      if (!line.startsWith(p, i)) return -1;
      i += p.length;
    }
  }
  return i;
}

/** Next index ≥ from where the separator's first piece could start. */
function nextCandidate(line: string, from: number, first: Piece): number {
  if (first !== null) return line.indexOf(first, from);
  for (let i = from; i < line.length; i++) if (isSpace(line.charCodeAt(i))) return i;
  return -1;
}

/**
 * Builds a scanner from a format string's literal parts, or returns null when the format
 * needs a real regex (regex syntax in its separators, two fields side by side, or text after
 * the last field).
 */
export function createFormatScanner(format: string): FormatScanner | null {
  const parts = format.split(/(<[^<>]+>)/);
  const literals: string[] = [];
  let fields = 0;
  let current = '';
  for (const part of parts) {
    if (/^<[^<>]+>$/.test(part)) {
      literals.push(current);
      current = '';
      fields++;
    } else current += part;
  }
  literals.push(current);
  if (fields === 0) return null;
  // Formats with a backslash are regex (the benchmark's style): `\[` is a literal `[`, and
  // any other regex syntax needs the real regex.
  const regexStyle = format.includes('\\');
  const unescaped: string[] = [];
  for (const lit of literals) {
    if (regexStyle && /[\\()?*+|{}^$.[\]]/.test(lit.replace(/\\[[\]().|-]/g, ''))) return null;
    unescaped.push(regexStyle ? lit.replace(/\\([[\]().|-])/g, '$1') : lit);
  }
  const seps = unescaped.map(pieces);
  const prefix = seps[0];
  if (seps.slice(1, -1).some((s) => s.length === 0) || seps[seps.length - 1].length > 0)
    return null;
  const middle = seps.slice(1, -1);
  return {
    scan(line) {
      let pos = matchAt(line, 0, prefix);
      if (pos < 0) return null;
      const values: string[] = [];
      for (const sep of middle) {
        let at = nextCandidate(line, pos, sep[0]);
        let end = -1;
        while (at >= 0) {
          end = matchAt(line, at, sep);
          if (end >= 0) break;
          at = nextCandidate(line, at + 1, sep[0]);
        }
        if (at < 0) return null;
        values.push(line.slice(pos, at));
        pos = end;
      }
      values.push(line.slice(pos));
      return values;
    },
  };
}
