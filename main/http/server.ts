/**
 * The local HTTP host: the API contract over `POST /api/<method>` plus the built renderer,
 * on 127.0.0.1 only. Used by `caseline serve`, the end-to-end tests, and anyone who wants
 * the app in a browser instead of Electron.
 */
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { handleApiRequest, sendEnvelope } from './api-route.ts';
import type { ApiService } from './api-route.ts';
import { allowedHosts, contentSecurityPolicy, isOwnRequest, setCommonHeaders } from './security.ts';
import { contentTypeFor, isFile, safeJoin } from './static-files.ts';
import { t } from '../strings.ts';

export type { ApiService } from './api-route.ts';

export interface HttpServerOptions {
  service: ApiService;
  /** 0 (the default) picks any free port. */
  port?: number;
  /** The built renderer (`dist/renderer`); without it pages answer 503. */
  staticDir?: string;
}

export interface RunningHttpServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

/** Shown when the renderer is not built; the API keeps working. */
function notBuiltPage(): string {
  const title = escapeHtml(t('http:notBuilt.title'));
  const body = escapeHtml(t('http:notBuilt.body', { command: 'npm run build:renderer' }));
  return `<!doctype html>
<html lang="${escapeHtml(t('http:lang'))}"><head><meta charset="utf-8"><title>Caseline</title></head>
<body><main><h1>${title}</h1><p>${body}</p></main></body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sendText(res: ServerResponse, status: number, text: string, type = 'text/plain'): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  staticDir: string | undefined,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed\n');
    return;
  }
  const index = staticDir === undefined ? null : join(staticDir, 'index.html');
  if (staticDir === undefined || index === null || !(await isFile(index))) {
    res.setHeader('Content-Security-Policy', contentSecurityPolicy);
    sendText(res, 503, notBuiltPage(), 'text/html');
    return;
  }
  const target = safeJoin(staticDir, pathname);
  if (target === null) {
    sendText(res, 404, 'Not found\n');
    return;
  }
  // Client-side routes (no file extension) get the app; a missing asset is a plain 404.
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  let file = target;
  if (!(await isFile(target))) {
    if (lastSegment.includes('.')) {
      sendText(res, 404, 'Not found\n');
      return;
    }
    file = index;
  }
  const type = contentTypeFor(file);
  const headers: Record<string, string> = { 'Content-Type': type };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = contentSecurityPolicy;
    headers['Cache-Control'] = 'no-cache';
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts the loopback host and resolves once it listens. Rejects when the port is taken
 * (EADDRINUSE) or cannot be bound. Requests whose Host is not our loopback host:port get
 * 421 (DNS-rebinding defence), and a foreign Origin 403.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { service, staticDir } = options;
  let hosts = new Set<string>();
  const server = createServer((req, res) => {
    setCommonHeaders(res);
    if (!isOwnRequest(req, hosts)) {
      req.resume();
      const misdirected = !req.headers.host || !hosts.has(req.headers.host.toLowerCase());
      sendText(
        res,
        misdirected ? 421 : 403,
        'This server only answers its own loopback address.\n',
      );
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const handled = pathname.startsWith('/api/')
      ? handleApiRequest(req, res, service, pathname.slice('/api/'.length))
      : pathname === '/api'
        ? Promise.resolve(
            sendEnvelope(res, 404, { ok: false, error: { code: 'unknown-method', params: {} } }),
          )
        : serveStatic(req, res, pathname, staticDir);
    handled.catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  const port = await listen(server, options.port ?? 0);
  hosts = allowedHosts(port);
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((err) => (err ? reject(err) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
}
