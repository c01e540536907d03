/**
 * The loopback host's request checks and response headers. The API has no CORS and only
 * answers requests addressed to our own loopback origin, so neither a DNS-rebinding page
 * nor another site's form can reach the workspace.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The page may load only its own scripts, styles and API; nothing inline, no framing. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries. */
export function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** The Host header values that name this server: its loopback address or `localhost`. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/**
 * Whether a request is addressed to us: the Host header must be our loopback host:port
 * (a rebinding attack sends the attacker's host name) and an Origin, when a browser sends
 * one, must be one of our own origins.
 */
export function isOwnRequest(req: IncomingMessage, hosts: Set<string>): boolean {
  const host = req.headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return [...hosts].some((h) => origin.toLowerCase() === `http://${h}`);
}
