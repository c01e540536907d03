/**
 * A tiny front-matter reader for KB Markdown: `key: value` lines, `[a, b]` inline lists
 * and `- item` block lists between `---` fences. Hand-rolled because no YAML library is
 * installed and KB front matter never needs more than this.
 */
export type FrontMatterValue = string | string[];

export interface FrontMatter {
  data: Record<string, FrontMatterValue>;
  /** The text after the closing fence (the whole text when there is no front matter). */
  body: string;
}

function unquote(text: string): string {
  const t = text.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

/** Splits front matter from the body; never throws (unparseable lines are ignored). */
export function parseFrontMatter(text: string): FrontMatter {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(normalized);
  if (!match) return { data: {}, body: normalized };
  const data: Record<string, FrontMatterValue> = {};
  let listKey: string | null = null;
  for (const line of match[1].split('\n')) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listKey !== null) {
      const list = data[listKey];
      data[listKey] = [...(Array.isArray(list) ? list : []), unquote(item[1])];
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = pair[1].toLowerCase();
    const value = pair[2].trim();
    listKey = value === '' ? key : null;
    if (value === '') data[key] = [];
    else if (/^\[.*\]$/.test(value)) {
      data[key] = value
        .slice(1, -1)
        .split(',')
        .map(unquote)
        .filter((v) => v !== '');
    } else data[key] = unquote(value);
  }
  return { data, body: normalized.slice(match[0].length) };
}
