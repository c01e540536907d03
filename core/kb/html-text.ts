/**
 * HTML to plain text for imported KB articles. Bodies are stored as text because what
 * reads them (matching drafts to articles, text similarity, Markdown drafts) compares
 * words; markup would only add noise.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Text of an HTML fragment: block ends become line breaks, scripts and styles vanish. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|li|ul|ol|tr|pre|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X'))
        return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of the first <title> or <h1>-<h3>, or null. */
export function htmlTitle(html: string): string | null {
  const m = /<(title|h1|h2|h3)\b[^>]*>([\s\S]*?)<\/\1>/i.exec(html);
  const text = m ? htmlToText(m[2]) : '';
  return text === '' ? null : text;
}
