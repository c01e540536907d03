import type { Rng } from '../prng.ts';
import { WeightedPicker } from '../prng.ts';
import { compile, fill } from '../template.ts';
import { log4jTime } from '../time.ts';
import type { RecordContext, ServiceFormat } from './service.ts';

/**
 * billing-worker: Log4j/Logback text with multi-line Java stack traces. The tenant appears
 * only inside some messages (`for tenant acme-prod`), never as a field.
 */
const P = 'com.acme.billing';
const MESSAGES: [string, string][] = [
  ['InvoiceJob', 'I Generated invoice {inv} for tenant {tenant} amount {n}.{n} {cur}'],
  ['InvoiceJob', 'I Invoice run started for {n} subscriptions'],
  ['InvoiceJob', 'I Invoice run finished in {sec} s'],
  ['InvoiceJob', 'D Loaded {n} line items for invoice {inv}'],
  ['PaymentGateway', 'I Charged invoice {inv} for tenant {tenant} in {ms} ms'],
  ['PaymentGateway', 'D Payment intent {hex} created'],
  ['PaymentGateway', 'I Refund {hex} settled for tenant {tenant}'],
  ['PaymentGateway', 'W Card declined for invoice {inv}, scheduling retry'],
  ['PaymentGateway', 'W Payment provider latency {slow} ms above threshold'],
  ['TaxService', 'D Tax rate cache refreshed with {n} entries'],
  ['TaxService', 'I Tax computed for invoice {inv} region {word}'],
  ['LedgerWriter', 'D Ledger batch {big} written with {n} entries'],
  ['LedgerWriter', 'I Ledger reconciled for tenant {tenant}'],
  ['LedgerWriter', 'W Ledger batch {big} retried after deadlock'],
  ['DunningScheduler', 'I Dunning email {n} queued for tenant {tenant}'],
  ['DunningScheduler', 'I Dunning cycle found {n} overdue invoices'],
  ['DunningScheduler', 'W Dunning email bounced for {email}'],
  ['SubscriptionSync', 'I Subscription {hex} renewed for tenant {tenant}'],
  ['SubscriptionSync', 'I Subscription {hex} upgraded to plan business'],
  ['SubscriptionSync', 'I Subscription {hex} cancelled at period end'],
  ['SubscriptionSync', 'D Synced {n} subscriptions in {ms} ms'],
  ['UsageMeter', 'D Usage snapshot {big} stored'],
  ['UsageMeter', 'I Metered {big} api calls for tenant {tenant}'],
  ['UsageMeter', 'W Usage record for tenant {tenant} arrived {sec} s late'],
  ['CreditNotes', 'I Credit note {inv} issued for tenant {tenant}'],
  ['CreditNotes', 'D Credit note template rendered in {ms} ms'],
  ['ExchangeRates', 'I Exchange rates updated for {n} currencies'],
  ['ExchangeRates', 'W Exchange rate for {cur} is {n} hours old'],
  ['PdfRenderer', 'D Rendered invoice pdf {inv} with {bytes} bytes'],
  ['PdfRenderer', 'W Font fallback used for invoice {inv}'],
  ['Mailer', 'I Invoice email sent to {email}'],
  ['Mailer', 'D SMTP connection reused to {host}'],
  ['QueueConsumer', 'D Polled {n} messages from {queue}'],
  ['QueueConsumer', 'I Acknowledged message {uuid} from {queue}'],
  ['QueueConsumer', 'W Message {uuid} redelivered from {queue}'],
  ['Scheduler', 'I Job {word} scheduled at fixed rate {sec} s'],
  ['Scheduler', 'D Job {word} tick took {ms} ms'],
  ['HealthCheck', 'D Database ping {ms} ms'],
  ['Config', 'I Loaded configuration profile prod from {host}'],
  ['InvoiceJob', 'E Invoice {inv} skipped: missing billing address for tenant {tenant}'],
  ['PaymentGateway', 'E Payment provider returned 502 for invoice {inv}'],
];
const BACKGROUND = MESSAGES.map(([logger, source]) => ({
  logger: `${P}.${logger}`,
  tpl: compile(source),
}));
const PICKER = new WeightedPicker(
  BACKGROUND,
  BACKGROUND.map(
    (b, i) => ({ debug: 4, info: 10, warn: 1.2, error: 0.3 })[b.tpl.level] / Math.pow(1 + i, 0.4),
  ),
);
const LEVELS = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' } as const;
const FRAMES = [
  `${P}.PaymentGateway.charge(PaymentGateway.java:{n})`,
  `${P}.InvoiceJob.processInvoice(InvoiceJob.java:{n})`,
  `${P}.InvoiceJob.run(InvoiceJob.java:{n})`,
  `${P}.TaxService.rateFor(TaxService.java:{n})`,
  `${P}.LedgerWriter.append(LedgerWriter.java:{n})`,
  'org.springframework.transaction.support.TransactionTemplate.execute(TransactionTemplate.java:140)',
  'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
  'java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)',
  'java.base/java.lang.Thread.run(Thread.java:1583)',
].map((f) => compile(`I ${f}`));

const NO_CTX = { tenant: '', user: '', requestId: '' };

function stack(rng: Rng, exception: readonly (readonly [string, string])[], out: string[]): void {
  exception.forEach(([cls, msg], i) => {
    out.push(`${i === 0 ? '' : 'Caused by: '}${cls}: ${msg}`);
    const frames = i === 0 ? rng.int(4, 7) : 3;
    for (let f = 0; f < frames; f++)
      out.push(`\tat ${fill(FRAMES[f % FRAMES.length], rng, NO_CTX)}`);
    if (i > 0) out.push(`\t... ${rng.int(5, 14)} more`);
  });
}

function head(
  rng: Rng,
  ctx: RecordContext,
  level: keyof typeof LEVELS,
  logger: string,
  msg: string,
): string {
  return `${log4jTime(ctx.t)} ${LEVELS[level]} [pool-${rng.int(1, 4)}-thread-${rng.int(1, 12)}] ${logger} - ${msg}`;
}

const BACKGROUND_EXCEPTION = [
  ['java.lang.IllegalStateException', 'Billing address is required'],
] as const;

export const billing: ServiceFormat = {
  name: 'billing-worker',
  gzip: false,
  templates: BACKGROUND.map((b) => b.tpl),
  fileName: (_t, version) => `billing-worker-${version}.log`,
  background(rng, ctx, out) {
    let b = PICKER.pick(rng);
    // Work that belongs to no tenant (scheduled jobs) never names one.
    for (
      let tries = 0;
      ctx.tenant === null && b.tpl.signature.includes('tenant') && tries < 20;
      tries++
    ) {
      b = PICKER.pick(rng);
    }
    if (ctx.tenant === null && b.tpl.signature.includes('tenant')) return;
    const fc = { tenant: ctx.tenant ?? '', user: ctx.user, requestId: ctx.requestId };
    out.push(head(rng, ctx, b.tpl.level, b.logger, fill(b.tpl, rng, fc)));
    if (b.tpl.level === 'error' && b.tpl.signature.includes('billing address')) {
      stack(rng, BACKGROUND_EXCEPTION, out);
    }
  },
  incident(rng, ctx, spec, out) {
    const fc = { tenant: ctx.tenant ?? 'unknown', user: ctx.user, requestId: ctx.requestId };
    const logger = spec.logger ?? `${P}.InvoiceJob`;
    out.push(head(rng, ctx, spec.template.level, logger, fill(spec.template, rng, fc)));
    if (spec.exception) stack(rng, spec.exception, out);
  },
};
