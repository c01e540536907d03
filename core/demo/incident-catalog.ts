import type { DemoCustomer } from './customers.ts';
import type { Incident, IncidentKind } from './incidents.ts';
import type { ReleasePlan } from './releases.ts';
import type { IncidentRecordSpec, ServiceName } from './services/service.ts';
import { compile } from './template.ts';
import { HOUR } from './time.ts';

/** The injected incidents' catalogue: what each logs and how customers and agents describe it. */
export interface Blueprint {
  kind: IncidentKind;
  title: string;
  service: ServiceName;
  spec: IncidentRecordSpec;
  variables: string;
  at: number; // fraction of the window
  hours: number;
  customers: number; // target count of affected customers
  lineShare: number; // fraction of all log lines
  onsetSpread: number; // fraction of the duration over which tenants are reached
  filter?: (c: DemoCustomer) => boolean;
  ticketShare: number;
  subjects: string[];
  symptom: string;
  resolution: string[];
  group: Incident['group'];
  complexity: Incident['complexity'];
  host?: string;
}

export function blueprints(plan: ReleasePlan, span: number): Blueprint[] {
  const regressionHours = (plan.hotfix.ts - plan.regression.ts) / HOUR;
  return [
    {
      kind: 'single',
      title: 'Scheduled order export fails for one custom template',
      service: 'orders-service',
      spec: {
        template: compile(
          "E Order export {uuid} failed: template column 'cost_center' is not defined",
        ),
      },
      variables: '<*> = export job uuid',
      at: 0.15,
      hours: Math.min(48, span / HOUR / 4),
      customers: 1,
      lineShare: 0.0015,
      onsetSpread: 0,
      ticketShare: 1,
      subjects: ['Nightly order export failing', 'Our scheduled export stopped working'],
      symptom: 'our nightly order export fails with an error about a column cost_center',
      resolution: [
        'Checked the export template configuration',
        'Removed the obsolete cost_center column from the custom export template',
        'Re-ran the export job and confirmed the file was delivered',
      ],
      group: 'tier2',
      complexity: 'low',
    },
    {
      kind: 'cluster',
      title: 'Payment provider timeouts while charging invoices',
      service: 'billing-worker',
      spec: {
        template: compile('E Failed to charge invoice {inv} for tenant {tenant}'),
        logger: 'com.acme.billing.PaymentGateway',
        exception: [
          ['com.acme.billing.PaymentException', 'Charge request failed'],
          ['java.net.SocketTimeoutException', 'Read timed out'],
        ],
      },
      variables: '<*> = invoice number, tenant id',
      at: 0.25,
      hours: 6,
      customers: 12,
      lineShare: 0.004,
      onsetSpread: 0.3,
      ticketShare: 0.6,
      subjects: ['Invoices not charged', 'Payment failed for our invoices', 'Billing run errors'],
      symptom: 'several invoices were not charged and show as failed',
      resolution: [
        'Confirmed timeouts to the payment provider in billing-worker logs',
        'Payment provider confirmed a regional outage',
        'Re-queued the failed charges after the provider recovered',
      ],
      group: 'billing',
      complexity: 'medium',
    },
    {
      kind: 'spread',
      title: 'Checkout requests fail with 502 at the gateway',
      service: 'api-gateway',
      spec: { template: compile('E POST /t/{tenant}/api/v2/checkout'), statuses: [502, 502, 504] },
      variables: 'path contains the tenant; status 502 or 504',
      at: 0.6,
      hours: 1,
      customers: 130,
      lineShare: 0.008,
      onsetSpread: 0.75,
      ticketShare: 0.25,
      subjects: [
        'Checkout down',
        'Customers cannot complete checkout',
        'URGENT: 502 errors at checkout',
      ],
      symptom: 'our customers get a 502 Bad Gateway error when they try to check out',
      resolution: [
        'Identified an exhausted connection pool on the checkout upstream',
        'Rolled the gateway upstream pool size back and restarted the checkout pods',
        'Monitored error rate until it returned to baseline',
      ],
      group: 'engineering',
      complexity: 'high',
    },
    {
      kind: 'regression',
      title: 'Token refresh fails after auth-service release',
      service: 'auth-service',
      spec: {
        template: compile('E token refresh failed: clock skew exceeds {sec}s for request {req}'),
      },
      variables: '<*> = skew seconds, request id',
      at: -1,
      hours: regressionHours,
      customers: 25,
      lineShare: 0.006,
      onsetSpread: 0.1,
      ticketShare: 0.5,
      subjects: [
        'Users logged out randomly',
        'Session expires every few minutes',
        'Token refresh errors since yesterday',
      ],
      symptom:
        'our users are logged out every few minutes and the app says the token refresh failed',
      resolution: [
        'Correlated the start of the errors with the auth-service release',
        'Engineering shipped a hotfix that restores the clock skew tolerance',
        'Asked the customer to sign in again and confirmed sessions stay valid',
      ],
      group: 'engineering',
      complexity: 'high',
    },
    {
      kind: 'growing',
      title: 'Inventory reservation timeouts are slowly increasing',
      service: 'orders-service',
      spec: {
        template: compile('E Inventory reservation timed out after {slow} ms for {sku}'),
        tenantOnFirstLineOnly: true,
      },
      variables: '<*> = milliseconds, SKU',
      at: 0.5,
      hours: (span * 0.45) / HOUR,
      customers: 30,
      lineShare: 0.007,
      onsetSpread: 0.9,
      ticketShare: 0.35,
      subjects: [
        'Orders stuck at reservation',
        'Intermittent order failures',
        'Timeouts when placing orders',
      ],
      symptom: 'some orders fail with a timeout when reserving stock, more often every week',
      resolution: [
        'Found slow queries on the inventory table',
        'Added an index on the reservations table',
        'Confirmed reservation latency back under 200 ms',
      ],
      group: 'engineering',
      complexity: 'high',
    },
    {
      kind: 'cluster',
      title: 'SAML sign-in rejected after identity provider certificate rotation',
      service: 'auth-service',
      spec: { template: compile('E saml assertion signature invalid for idp {hex}') },
      variables: '<*> = identity provider id',
      at: 0.35,
      hours: 20,
      customers: 8,
      lineShare: 0.0015,
      onsetSpread: 0.5,
      ticketShare: 0.9,
      subjects: ['SSO login broken', 'Cannot sign in with SAML', 'Single sign-on error'],
      symptom: 'nobody can sign in through our SSO, it says the SAML signature is invalid',
      resolution: [
        'Compared the certificate fingerprint in the SSO settings with the identity provider metadata',
        'Customer uploaded the new identity provider certificate',
        'Verified a test sign-in succeeded',
      ],
      group: 'tier2',
      complexity: 'medium',
    },
    {
      kind: 'cluster',
      title: 'Tax calculation fails for LATAM regions',
      service: 'billing-worker',
      spec: {
        template: compile(
          'E Tax calculation failed for invoice {inv}: no rate for region {word} (tenant {tenant})',
        ),
        logger: 'com.acme.billing.TaxService',
        exception: [
          [
            'java.lang.NullPointerException',
            'Cannot invoke "java.math.BigDecimal.multiply(java.math.BigDecimal)" because "rate" is null',
          ],
        ],
      },
      variables: '<*> = invoice number, region code, tenant id',
      at: 0.72,
      hours: 12,
      customers: 6,
      filter: (c) => c.region === 'latam',
      lineShare: 0.0015,
      onsetSpread: 0.4,
      ticketShare: 0.7,
      subjects: ['Invoices missing tax', 'Tax error on invoices', 'Billing failed with tax error'],
      symptom: 'our invoices were not generated because of a tax calculation error',
      resolution: [
        'Found missing tax rates for the new LATAM regions',
        'Billing operations loaded the updated tax rate table',
        'Regenerated the affected invoices',
      ],
      group: 'billing',
      complexity: 'medium',
    },
    {
      kind: 'cluster',
      title: 'Report export returns 500',
      service: 'api-gateway',
      spec: { template: compile('E POST /t/{tenant}/api/v2/reports/export'), statuses: [500] },
      variables: 'path contains the tenant; status 500',
      at: 0.8,
      hours: 4,
      customers: 20,
      lineShare: 0.002,
      onsetSpread: 0.3,
      ticketShare: 0.4,
      subjects: ['Report export error 500', 'Cannot export reports', 'Reports page broken'],
      symptom: 'exporting a report fails with an internal server error (500)',
      resolution: [
        'Reproduced the 500 on report export',
        'Cleared the corrupted report cache',
        'Confirmed exports work again',
      ],
      group: 'tier2',
      complexity: 'low',
    },
    {
      kind: 'infra',
      title: 'Database host out of memory',
      service: 'infra',
      host: 'db-02',
      spec: {
        template: compile('E Out of memory: Killed process {pid} (postgres) total-vm:{big}kB'),
        logger: 'kernel',
      },
      variables: '<*> = pid, memory size',
      at: 0.6,
      hours: 1,
      customers: 0,
      lineShare: 0.0003,
      onsetSpread: 0,
      ticketShare: 0,
      subjects: [],
      symptom: '',
      resolution: ['Increased memory on db-02'],
      group: 'engineering',
      complexity: 'high',
    },
  ];
}
