import { useTranslation } from 'react-i18next';
import { formatCount } from '../../src/format.ts';
import type { Summary } from './store.ts';

const counts = [
  { key: 'customers', testId: 'count-customers' },
  { key: 'tenants', testId: 'count-tenants' },
  { key: 'events', testId: 'count-events' },
  { key: 'errorEvents', testId: 'count-error-events' },
  { key: 'signatures', testId: 'count-signatures' },
  { key: 'tickets', testId: 'count-tickets' },
  { key: 'kbArticles', testId: 'count-kb-articles' },
  { key: 'releases', testId: 'count-releases' },
] as const;

/** The workspace's counts as a list of labelled figures. */
export function CountCards({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation('overview');
  return (
    <section aria-labelledby="counts-heading">
      <h2 id="counts-heading" className="visually-hidden">
        {t('counts.heading')}
      </h2>
      <dl className="counts">
        {counts.map(({ key, testId }) => (
          <div className="count" key={key}>
            <dt id={`${testId}-label`}>{t(`counts.${key}`)}</dt>
            <dd data-testid={testId} data-value={summary[key]} aria-labelledby={`${testId}-label`}>
              {formatCount(summary[key], i18n.language)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
