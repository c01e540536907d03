import type { Rng } from '../prng.ts';
import { WeightedPicker } from '../prng.ts';
import { compile, fill } from '../template.ts';
import type { Template } from '../template.ts';
import { apacheTime } from '../time.ts';
import type { RecordContext, ServiceFormat } from './service.ts';
import { weekStart } from './service.ts';

/** api-gateway: combined access log; the tenant is only in the URL path `/t/<tenant>/`. */
const ROUTES = [
  'GET /t/{tenant}/api/v2/orders/{n}',
  'GET /t/{tenant}/api/v2/orders?page={n}',
  'POST /t/{tenant}/api/v2/orders',
  'GET /t/{tenant}/api/v2/customers/{big}',
  'PUT /t/{tenant}/api/v2/customers/{big}',
  'GET /t/{tenant}/api/v2/products/{sku}',
  'GET /t/{tenant}/api/v2/products?q={word}',
  'GET /t/{tenant}/api/v2/invoices/{inv}',
  'GET /t/{tenant}/api/v2/invoices/{inv}/pdf',
  'POST /t/{tenant}/api/v2/payments',
  'GET /t/{tenant}/api/v2/shipments/{big}',
  'POST /t/{tenant}/api/v2/shipments/{big}/labels',
  'GET /t/{tenant}/api/v2/reports/daily',
  'POST /t/{tenant}/api/v2/reports/export',
  'GET /t/{tenant}/api/v2/users/{user}',
  'PATCH /t/{tenant}/api/v2/users/{user}',
  'DELETE /t/{tenant}/api/v2/carts/{hex}',
  'POST /t/{tenant}/api/v2/carts/{hex}/items',
  'GET /t/{tenant}/api/v2/carts/{hex}',
  'POST /t/{tenant}/api/v2/checkout',
  'GET /t/{tenant}/api/v2/webhooks',
  'POST /t/{tenant}/api/v2/webhooks/{n}/test',
  'GET /t/{tenant}/api/v2/inventory/{sku}',
  'PUT /t/{tenant}/api/v2/inventory/{sku}',
  'GET /t/{tenant}/api/v2/settings',
  'GET /t/{tenant}/api/v2/audit?from={big}',
  'POST /t/{tenant}/oauth/token',
  'POST /t/{tenant}/api/v2/search',
  'GET /t/{tenant}/api/v2/tax/rates?region={word}',
  'GET /t/{tenant}/dashboard',
  'GET /t/{tenant}/dashboard/widgets/{n}',
  'GET /t/{tenant}/static/app.{hex}.js',
  'GET /healthz',
  'GET /metrics',
  'GET /static/img/logo.{hex}.png',
  'GET /favicon.ico',
  'GET /robots.txt',
  'POST /api/v2/signup',
  'GET /status',
  'OPTIONS /t/{tenant}/api/v2/orders',
].map((r) => compile(`I ${r}`));

const ROUTE_PICKER = new WeightedPicker<Template>(
  ROUTES,
  ROUTES.map((_, i) => 1 / Math.pow(1 + i, 0.5)),
);
const STATUS = new WeightedPicker(
  [200, 200, 304, 400, 401, 403, 404, 409, 429, 500, 503],
  [880, 0, 30, 12, 10, 4, 25, 3, 4, 1.5, 0.5],
);
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'python-requests/2.32.3',
  'okhttp/4.12.0',
  'curl/8.5.0',
  'Go-http-client/2.0',
];
const REFERERS = [
  '-',
  '-',
  '-',
  'https://app.example.com/dashboard',
  'https://app.example.com/orders',
];

function line(rng: Rng, ctx: RecordContext, request: string, status: number): string {
  const ip = `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  const bytes = status === 304 ? 0 : Math.round(rng.logNormal(2300, 1.1));
  return `${ip} - - [${apacheTime(ctx.t)}] "${request} HTTP/1.1" ${status} ${bytes} "${rng.pick(REFERERS)}" "${rng.pick(AGENTS)}"`;
}

/** Traffic without a tenant (health checks, anonymous calls) uses the shared API paths. */
function withoutEmptyTenant(request: string): string {
  return request.replace('/t//', '/');
}

export const gateway: ServiceFormat = {
  name: 'api-gateway',
  gzip: false,
  templates: ROUTES,
  fileName: (t) => `api-gateway-${weekStart(t)}.log`,
  background(rng, ctx, out) {
    const route = ROUTE_PICKER.pick(rng);
    let status = STATUS.pick(rng);
    if (status === 200 && route.signature.startsWith('POST')) status = 201;
    const fc = { tenant: ctx.tenant ?? '', user: ctx.user, requestId: ctx.requestId };
    out.push(line(rng, ctx, withoutEmptyTenant(fill(route, rng, fc)), status));
  },
  incident(rng, ctx, spec, out) {
    const fc = { tenant: ctx.tenant ?? '', user: ctx.user, requestId: ctx.requestId };
    const request = withoutEmptyTenant(fill(spec.template, rng, fc));
    out.push(line(rng, ctx, request, rng.pick(spec.statuses ?? [500])));
  },
};
