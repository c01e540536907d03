import { useTranslation } from 'react-i18next';
import { formatShare } from '../../src/format.ts';
import type { Summary } from './store.ts';

const origins = ['field', 'pattern', 'propagated', 'none'] as const;

/** How events found their customer: a bar per origin with its share. */
export function AttributionShares({ shares }: { shares: Summary['attribution'] }) {
  const { t, i18n } = useTranslation('overview');
  return (
    <section className="panel" aria-labelledby="attribution-heading">
      <h2 id="attribution-heading">{t('attribution.heading')}</h2>
      <p className="muted">{t('attribution.description')}</p>
      <dl className="shares" data-testid="attribution">
        {origins.map((origin) => {
          const share = Math.min(1, Math.max(0, shares[origin]));
          return (
            <div className={`share share-${origin}`} key={origin}>
              <dt>{t(`attribution.${origin}`)}</dt>
              <dd>
                <span className="share-value" data-testid={`share-${origin}`}>
                  {formatShare(share, i18n.language)}
                </span>
                <span className="share-bar" aria-hidden="true">
                  <span className="share-fill" style={{ width: `${share * 100}%` }} />
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
