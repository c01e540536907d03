import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../../../main/http/server.ts';
import type { ApiService, RunningHttpServer } from '../../../main/http/server.ts';
import type { Envelope } from '../../../core/api.ts';

/** A stand-in for the workspace service: echoes what it was asked. */
function fakeService(): ApiService & { calls: Array<{ method: string; args: unknown }> } {
  const calls: Array<{ method: string; args: unknown }> = [];
  return {
    calls,
    dispatch(method: string, args: unknown): Promise<Envelope<unknown>> {
      calls.push({ method, args });
      if (method === 'sources') {
        return Promise.resolve({
          ok: false,
          error: { code: 'workspace-not-found', params: { path: '/x' } },
        });
      }
      if (method === 'signatures' && (args as { limit?: unknown }).limit === -1) {
        return Promise.resolve({ ok: false, error: { code: 'internal', params: {} } });
      }
      return Promise.resolve({ ok: true, value: { method, args } });
    },
  };
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: unlike fetch it sends the path and Host exactly as given. */
function raw(
  url: string,
  opts: {
    method?: string;
    path: string;
    host?: string;
    body?: string;
    headers?: Record<string, string>;
  },
): Promise<RawResponse> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const post = (url: string, method: string, body: string) =>
  fetch(new URL('api/' + method, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('HTTP host with a built renderer', () => {
  const root = mkdtempSync(join(tmpdir(), 'caseline-http-'));
  const staticDir = join(root, 'renderer');
  const service = fakeService();
  let server: RunningHttpServer;

  beforeAll(async () => {
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(staticDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(join(root, 'secret.txt'), 'do not serve');
    server = await startHttpServer({ service, port: 0, staticDir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 with a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('passes the arguments to the service and returns its envelope', async () => {
    const res = await post(server.url, 'signatures', '{"limit":5,"errorsOnly":true}');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toEqual({
      ok: true,
      value: { method: 'signatures', args: { limit: 5, errorsOnly: true } },
    });
  });

  it('treats an empty body as no arguments', async () => {
    const res = await post(server.url, 'summary', '');
    expect(await res.json()).toEqual({ ok: true, value: { method: 'summary', args: {} } });
  });

  it('returns expected error envelopes with 200 and internal errors with 500', async () => {
    const expected = await post(server.url, 'sources', '{}');
    expect(expected.status).toBe(200);
    expect(await expected.json()).toEqual({
      ok: false,
      error: { code: 'workspace-not-found', params: { path: '/x' } },
    });
    const internal = await post(server.url, 'signatures', '{"limit":-1}');
    expect(internal.status).toBe(500);
  });

  it('answers malformed JSON with 400 bad-arguments without calling the service', async () => {
    const before = service.calls.length;
    const res = await post(server.url, 'summary', '{"limit":');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'bad-arguments', params: { reason: 'malformed-json' } },
    });
    expect(service.calls.length).toBe(before);
  });

  it('answers an unknown method with 404 unknown-method', async () => {
    const res = await post(server.url, 'dropTables', '{}');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'unknown-method', params: { method: 'dropTables' } },
    });
    expect((await post(server.url, '', '{}')).status).toBe(404);
  });

  it('refuses GET on an API method', async () => {
    const res = await fetch(new URL('api/summary', server.url));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(1024 * 1024 + 10) });
    const res = await post(server.url, 'summary', big);
    expect(res.status).toBe(413);
    const envelope = (await res.json()) as Envelope<unknown>;
    expect(envelope.ok).toBe(false);
  });

  it('refuses a chunked body that grows past 1 MB', async () => {
    const res = await raw(server.url, {
      method: 'POST',
      path: '/api/summary',
      headers: { 'transfer-encoding': 'chunked' },
      body: 'y'.repeat(1024 * 1024 + 1),
    });
    expect(res.status).toBe(413);
  });

  it('rejects a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const port = new URL(server.url).port;
    const rebound = await raw(server.url, { path: '/', host: `evil.example:${port}` });
    expect(rebound.status).toBe(421);
    const wrongPort = await raw(server.url, {
      method: 'POST',
      path: '/api/summary',
      host: '127.0.0.1:1',
      body: '{}',
    });
    expect(wrongPort.status).toBe(421);
    const foreign = await raw(server.url, {
      method: 'POST',
      path: '/api/summary',
      body: '{}',
      headers: { origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const own = await raw(server.url, {
      method: 'POST',
      path: '/api/summary',
      host: `localhost:${port}`,
      body: '{}',
      headers: { origin: `http://localhost:${port}` },
    });
    expect(own.status).toBe(200);
  });

  it('serves files with their content types and a strict CSP on the page', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.text()).toContain('<title>app</title>');
    const js = await fetch(new URL('assets/app.js', server.url));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const css = await fetch(new URL('assets/app.css', server.url));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await fetch(new URL('assets/app.js', server.url), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('falls back to index.html for client routes and 404s missing assets', async () => {
    const route = await fetch(new URL('impact/sig-1', server.url));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>app</title>');
    expect((await fetch(new URL('assets/missing.js', server.url))).status).toBe(404);
    expect((await fetch(new URL('assets', server.url))).status).toBe(200);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/%00.js',
      '/%E0%A4%A.txt',
    ]) {
      const res = await raw(server.url, { path });
      expect(res.body, path).not.toContain('do not serve');
      expect([200, 404], path).toContain(res.status);
    }
  });

  it('refuses other verbs on pages', async () => {
    const res = await fetch(server.url, { method: 'DELETE' });
    expect(res.status).toBe(405);
  });
});

describe('HTTP host without a built renderer', () => {
  it('answers pages with a clear 503 and keeps the API working', async () => {
    const server = await startHttpServer({ service: fakeService() });
    try {
      const page = await fetch(server.url);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run build:renderer');
      const api = await post(server.url, 'summary', '{}');
      expect(api.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('rejects when the port is taken', async () => {
    const first = await startHttpServer({ service: fakeService() });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startHttpServer({ service: fakeService(), port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  it('turns a throwing service into a 500 envelope', async () => {
    const server = await startHttpServer({
      service: { dispatch: () => Promise.reject(new Error('boom')) },
    });
    try {
      const res = await post(server.url, 'summary', '{}');
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ ok: false, error: { code: 'internal', params: {} } });
    } finally {
      await server.close();
    }
  });
});
