/** Readable lines about a workspace, shared by `demo` and `summary`. */
import type { Result } from '../../core/api.ts';
import { numberFormat, t } from '../strings.ts';

export function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function summaryLines(summary: Result<'summary'>): string[] {
  const f = (n: number): string => numberFormat.format(n);
  return [
    t('demo.counts', {
      customers: f(summary.customers),
      tenants: f(summary.tenants),
      events: f(summary.events),
      services: summary.services.length,
      tickets: f(summary.tickets),
      kb: f(summary.kbArticles),
    }),
    t('demo.range', { from: summary.from ?? '-', to: summary.to ?? '-' }),
    t('demo.signatures', { signatures: f(summary.signatures), errors: f(summary.errorEvents) }),
    t('demo.attribution', {
      field: percent(summary.attribution.field),
      pattern: percent(summary.attribution.pattern),
      propagated: percent(summary.attribution.propagated),
      none: percent(summary.attribution.none),
    }),
  ];
}
