import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaselineError } from '../../../core/errors.ts';
import { readKbFile } from '../../../core/kb/read-articles.ts';
import { parseFrontMatter } from '../../../core/kb/front-matter.ts';
import { htmlToText } from '../../../core/kb/html-text.ts';
import { tempFileWriter } from '../../helpers/temp-dir.ts';

const write = tempFileWriter('caseline-kb-');

describe('Markdown articles', () => {
  it('reads front matter with inline tags', async () => {
    const path = write(
      'checkout-502.md',
      '---\nid: KB-12\ntitle: "Checkout returns 502"\ntags: [payments, gateway]\nupdated: 2026-08-01T10:00:00Z\n---\n# Checkout returns 502\n\nRestart the gateway.\n',
    );
    const r = await readKbFile(path);
    expect(r).toEqual({
      format: 'markdown',
      read: 1,
      skips: { counts: {}, examples: [] },
      articles: [
        {
          id: 'KB-12',
          title: 'Checkout returns 502',
          body: '# Checkout returns 502\n\nRestart the gateway.',
          tags: ['payments', 'gateway'],
          updatedAt: Date.parse('2026-08-01T10:00:00Z'),
          source: path,
        },
      ],
    });
  });

  it('reads block-list tags, and falls back to heading and file name', async () => {
    const r = await readKbFile(
      write('login.md', '---\ntags:\n  - auth\n  - "sso"\n---\n# Login loops\ntext'),
    );
    expect(r.articles[0]).toMatchObject({
      id: 'login',
      title: 'Login loops',
      tags: ['auth', 'sso'],
      updatedAt: null,
    });
    const plain = await readKbFile(write('notes.txt', 'no heading here'));
    expect(plain.articles[0]).toMatchObject({
      id: 'notes',
      title: 'notes',
      body: 'no heading here',
    });
  });

  it('parseFrontMatter leaves text without front matter alone', () => {
    expect(parseFrontMatter('# Title\nbody')).toEqual({ data: {}, body: '# Title\nbody' });
  });
});

describe('HTML articles', () => {
  it('takes the title from the first heading and stores text', async () => {
    const r = await readKbFile(
      write(
        'vpn.html',
        '<html><head><style>p{}</style></head><body><h1>VPN drops</h1><p>Update the client &amp; reconnect.</p><ul><li>one</li></ul></body></html>',
      ),
    );
    expect(r.format).toBe('html');
    expect(r.articles[0]).toMatchObject({
      id: 'vpn',
      title: 'VPN drops',
      body: 'VPN drops\nUpdate the client & reconnect.\n\n- one',
    });
  });

  it('htmlToText decodes entities and line breaks', () => {
    expect(htmlToText('a<br>b&#39;s &#x41; &unknown;')).toBe("a\nb's A &unknown;");
  });
});

describe('Zendesk Help Center JSON', () => {
  it('reads articles, strips HTML, skips drafts and missing ids', async () => {
    const doc = {
      articles: [
        {
          id: 360001,
          title: 'Reset your password',
          body: '<p>Click <b>Forgot</b>.</p>',
          label_names: ['auth'],
          updated_at: '2026-07-01T00:00:00Z',
          html_url: 'https://help.example/hc/articles/360001',
        },
        { id: 360002, title: 'Draft', body: '', draft: true },
        { title: 'No id' },
        { id: 360003, body: 'no title' },
        { id: 360001, title: 'Duplicate' },
      ],
    };
    const r = await readKbFile(write('hc.json', JSON.stringify(doc)));
    expect(r.format).toBe('json');
    expect(r.read).toBe(5);
    expect(r.skips.counts).toEqual({
      draft: 1,
      'missing-id': 1,
      'missing-title': 1,
      'duplicate-id': 1,
    });
    expect(r.articles).toEqual([
      {
        id: '360001',
        title: 'Reset your password',
        body: 'Click Forgot.',
        tags: ['auth'],
        updatedAt: Date.parse('2026-07-01T00:00:00Z'),
        source: 'https://help.example/hc/articles/360001',
      },
    ]);
  });

  it('refuses JSON without articles, and truncated JSON', async () => {
    const e1 = await readKbFile(write('x.json', '{"a":1}')).catch((e: unknown) => e);
    expect((e1 as CaselineError).params).toMatchObject({ reason: 'unknown-kb-format' });
    const e2 = await readKbFile(write('y.json', '{"articles":[')).catch((e: unknown) => e);
    expect((e2 as CaselineError).params).toMatchObject({ reason: 'malformed-json' });
    const missing = join(dirname(write('placeholder.md', '')), 'missing.md');
    const e3 = await readKbFile(missing).catch((e: unknown) => e);
    expect((e3 as CaselineError).code).toBe('source-not-found');
  });
});
