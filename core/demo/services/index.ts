import { auth } from './auth.ts';
import { billing } from './billing.ts';
import { gateway } from './gateway.ts';
import { infra } from './infra.ts';
import { orders } from './orders.ts';
import type { ServiceFormat } from './service.ts';

/** Every simulated service, in a fixed order. */
export const SERVICES: readonly ServiceFormat[] = [gateway, orders, billing, auth, infra];
