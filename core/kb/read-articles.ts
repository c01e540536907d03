/**
 * Existing knowledge-base articles: Markdown with front matter, Zendesk Help Center JSON
 * (`{articles:[...]}`), or plain HTML / text files. Bodies are stored as plain text
 * (HTML is stripped, Markdown kept as written).
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { KbArticleRow, SkipTally } from '../store/rows.ts';
import { countSkip, newSkipTally } from '../store/rows.ts';
import { CaselineError } from '../errors.ts';
import { arr, firstStr, isObject, obj, str, strList } from '../tickets/json-access.ts';
import { looksLikeJson, readJsonDocument, sourceSize } from '../tickets/source-file.ts';
import { parseTimestamp } from '../tickets/timestamps.ts';
import { parseFrontMatter } from './front-matter.ts';
import { htmlTitle, htmlToText } from './html-text.ts';

export interface KbFileResult {
  format: 'markdown' | 'json' | 'html';
  articles: KbArticleRow[];
  read: number;
  skips: SkipTally;
}

/**
 * Reads one KB file. `.json` (or JSON content) is Help Center JSON, `.html`/`.htm` is one
 * HTML article, anything else one Markdown/text article (id from front matter or the file
 * name). Throws CaselineError 'source-not-found', or 'source-unreadable' with
 * 'malformed-json' / 'unknown-kb-format' (JSON without articles).
 */
export async function readKbFile(path: string): Promise<KbFileResult> {
  await sourceSize(path);
  const ext = extname(path).toLowerCase();
  const fileName = basename(path, extname(path));
  const text = ext === '.json' ? '' : (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  if (ext === '.json' || (ext !== '.md' && ext !== '.markdown' && looksLikeJson(text))) {
    return readHelpCenter(path, await readJsonDocument(path));
  }
  if (ext === '.html' || ext === '.htm') {
    const article = { id: fileName, title: htmlTitle(text) ?? fileName, body: htmlToText(text) };
    return single('html', { ...article, tags: [], updatedAt: null, source: path });
  }
  const { data, body } = parseFrontMatter(text);
  const heading = /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
  return single('markdown', {
    id: firstStr(data.id, data.slug) ?? fileName,
    title: firstStr(data.title) ?? heading ?? fileName,
    body: body.trim(),
    tags: strList(data.tags ?? data.labels),
    updatedAt: parseTimestamp(data.updated ?? data.updated_at ?? data.date),
    source: path,
  });
}

function single(format: 'markdown' | 'html', article: KbArticleRow): KbFileResult {
  return { format, articles: [article], read: 1, skips: newSkipTally() };
}

function readHelpCenter(path: string, doc: unknown): KbFileResult {
  const list = Array.isArray(doc)
    ? doc
    : isObject(doc) && Array.isArray(doc.articles)
      ? doc.articles
      : isObject(doc) && isObject(doc.article)
        ? [doc.article]
        : null;
  if (list === null)
    throw new CaselineError('source-unreadable', { path, reason: 'unknown-kb-format' });
  const skips = newSkipTally();
  const articles: KbArticleRow[] = [];
  const seen = new Set<string>();
  arr(list).forEach((item, index) => {
    const a = obj(item);
    const id = str(a?.id);
    if (!a || !id) return countSkip(skips, 'missing-id', index + 1);
    if (seen.has(id)) return countSkip(skips, 'duplicate-id', index + 1);
    seen.add(id);
    // Drafts are not what customers read, though Help Center exports them too.
    if (a.draft === true) return countSkip(skips, 'draft', index + 1);
    const title = firstStr(a.title, a.name);
    if (!title) return countSkip(skips, 'missing-title', index + 1);
    articles.push({
      id,
      title,
      body: htmlToText(str(a.body) ?? ''),
      tags: strList(a.label_names ?? a.labels ?? a.tags),
      updatedAt: parseTimestamp(a.edited_at ?? a.updated_at ?? a.created_at),
      source: firstStr(a.html_url, a.url) ?? path,
    });
  });
  return { format: 'json', articles, read: list.length, skips };
}
