import { compile, fill, templatePicker } from '../template.ts';
import type { Level } from '../template.ts';
import { isoMs } from '../time.ts';
import type { RecordContext, ServiceFormat } from './service.ts';
import { weekStart } from './service.ts';

/**
 * orders-service: ECS-shaped JSON lines. Follow-up lines of a request carry the same
 * `http.request.id` and `trace.id` but no tenant label, so attribution needs propagation.
 */
const MESSAGES = [
  'I Received order {order} with {n} items',
  'I Order {order} created for user {user}',
  'D Cart {hex} loaded in {ms} ms',
  'I Order {order} status changed to confirmed',
  'I Listing orders page {n} returned {n} rows in {ms} ms',
  'D Cache hit for product {sku}',
  'D Cache miss for product {sku}, loading from db',
  'I Shipment {big} created for order {order}',
  'I Order {order} shipped via carrier dhl',
  'I Order {order} shipped via carrier ups',
  'I Refund issued for order {order} amount {n}.{n} {cur}',
  'I Inventory reserved for {sku} quantity {n}',
  'I Inventory released for {sku} quantity {n}',
  'D Price computed for {sku} in {ms} ms',
  'I Discount code applied to order {order}',
  'I Customer {big} updated shipping address',
  'I Webhook order.created queued for endpoint {n}',
  'I Webhook delivered to endpoint {n} in {ms} ms',
  'D Outbox flushed {n} messages',
  'I Search for products returned {n} results in {ms} ms',
  'I Export job {uuid} started by user {user}',
  'I Export job {uuid} finished with {big} rows',
  'D Feature flag new-checkout evaluated to true',
  'D Feature flag new-checkout evaluated to false',
  'I Order confirmation email sent to {email}',
  'I Invoice requested for order {order}',
  'W Slow query on orders table took {slow} ms',
  'W Retrying webhook delivery to endpoint {n} attempt {n}',
  'W Cart {hex} expired before checkout',
  'W Product {sku} price missing in currency {cur}, falling back to USD',
  'W Rate limit close for client {hex}: {pct} percent used',
  'W Address validation unavailable, accepting address as entered',
  'I Bulk import {uuid} accepted with {big} rows',
  'I Bulk import {uuid} completed in {sec} s',
  'D Connection pool stats active={n} idle={n}',
  'I Order {order} cancelled by user {user}',
  'I Return {big} opened for order {order}',
  'D Serialized order {order} in {ms} ms',
  'I Tax quote received for order {order} in {ms} ms',
  'I Loyalty points credited for order {order}',
  'E Validation failed for order {order}: quantity must be positive',
  'E Webhook endpoint {n} returned 404, disabling after {n} failures',
  'I Guest checkout converted to account for {email}',
  'D Request context built in {ms} ms',
  'I Checkout started for cart {hex}',
];
const FOLLOW_UPS = [
  'I Request completed in {ms} ms',
  'D Response serialized {bytes} bytes',
  'I Order {order} persisted',
  'D Transaction committed in {ms} ms',
  'E Downstream call to pricing failed after {ms} ms, using cached price',
].map(compile);

const PICKER = templatePicker(MESSAGES);

function json(
  ctx: RecordContext,
  t: number,
  level: Level,
  message: string,
  withTenant: boolean,
): string {
  const tenant = withTenant && ctx.tenant ? `,"labels.tenant_id":"${ctx.tenant}"` : '';
  return `{"@timestamp":"${isoMs(t)}","log.level":"${level}","message":${JSON.stringify(message)},"service.name":"orders-service","service.version":"${ctx.version}","trace.id":"${ctx.traceId}","http.request.id":"${ctx.requestId}"${tenant},"user.id":"${ctx.user}"}`;
}

function fc(ctx: RecordContext): { tenant: string; user: string; requestId: string } {
  return { tenant: ctx.tenant ?? 'unknown', user: ctx.user, requestId: ctx.requestId };
}

export const orders: ServiceFormat = {
  name: 'orders-service',
  gzip: false,
  templates: [...PICKER.items, ...FOLLOW_UPS],
  fileName: (t) => `orders-service-${weekStart(t)}.log`,
  background(rng, ctx, out) {
    const tpl = PICKER.pick(rng);
    out.push(json(ctx, ctx.t, tpl.level, fill(tpl, rng, fc(ctx)), true));
    if (rng.chance(0.3)) {
      const f = rng.pick(FOLLOW_UPS);
      out.push(json(ctx, ctx.t + rng.int(1, 40), f.level, fill(f, rng, fc(ctx)), false));
    }
  },
  incident(rng, ctx, spec, out) {
    const msg = fill(spec.template, rng, fc(ctx));
    if (spec.tenantOnFirstLineOnly && rng.chance(0.5)) {
      // The request's first line names the tenant; the error later in it does not.
      out.push(json(ctx, ctx.t, 'info', `Checkout started for cart ${rng.hex(8)}`, true));
      out.push(json(ctx, ctx.t + rng.int(5, 40), spec.template.level, msg, false));
    } else {
      out.push(json(ctx, ctx.t, spec.template.level, msg, true));
    }
  },
};
