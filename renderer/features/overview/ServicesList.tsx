import { useTranslation } from 'react-i18next';
import { formatCount } from '../../src/format.ts';
import type { Summary } from './store.ts';

/** Services that logged events, busiest first. */
export function ServicesList({ services }: { services: Summary['services'] }) {
  const { t, i18n } = useTranslation('overview');
  const sorted = [...services].sort((a, b) => b.events - a.events);
  return (
    <section className="panel" aria-labelledby="services-heading">
      <h2 id="services-heading">{t('services.heading')}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('services.empty')}</p>
      ) : (
        <table className="table" data-testid="services">
          <thead>
            <tr>
              <th scope="col">{t('services.service')}</th>
              <th scope="col" className="num">
                {t('services.events')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((s) => (
              <tr key={s.service}>
                <th scope="row">{s.service}</th>
                <td className="num">{formatCount(s.events, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
