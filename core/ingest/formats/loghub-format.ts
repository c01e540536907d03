/**
 * Loghub format strings (`<Date> <Time> <Level> <Component>: <Content>`) compiled to a
 * line regex, as in the Loghub benchmark's own parsers: each `<Field>` matches a run of
 * non-greedy text, literal separators match any run of spaces.
 */
export interface LoghubFormat {
  readonly source: string;
  readonly fields: readonly string[];
  readonly regex: RegExp;
}

/** Compiles a format string; throws a RangeError naming the format when it has no fields. */
export function compileLoghubFormat(format: string): LoghubFormat {
  const fields: string[] = [];
  let pattern = '';
  const parts = format.split(/(<[^<>]+>)/);
  for (const part of parts) {
    if (part === '') continue;
    const field = /^<([^<>]+)>$/.exec(part);
    if (field) {
      fields.push(field[1]);
      pattern += `(?<f${fields.length - 1}>.*?)`;
    } else {
      pattern += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
    }
  }
  if (fields.length === 0) throw new RangeError(`log format has no <Field>: ${format}`);
  return { source: format, fields, regex: new RegExp(`^${pattern}$`) };
}

/** Splits one line by a compiled format; null when the line does not match. */
export function matchLoghubLine(format: LoghubFormat, line: string): Record<string, string> | null {
  const m = format.regex.exec(line);
  if (!m?.groups) return null;
  const out: Record<string, string> = {};
  format.fields.forEach((name, i) => {
    out[name] = m.groups![`f${i}`] ?? '';
  });
  return out;
}
