import { useTranslation } from 'react-i18next';
import { formatCount, formatTime } from '../../src/format.ts';
import type { SignatureRow } from './store.ts';

/** The error signatures with the most events, as a data table. */
export function SignatureTable({ signatures }: { signatures: SignatureRow[] }) {
  const { t, i18n } = useTranslation('overview');
  const lang = i18n.language;
  return (
    <section className="panel" aria-labelledby="signatures-heading">
      <h2 id="signatures-heading">{t('signatures.heading')}</h2>
      {signatures.length === 0 ? (
        <p className="muted">{t('signatures.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="top-signatures">
            <caption className="visually-hidden">{t('signatures.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('signatures.template')}</th>
                <th scope="col">{t('signatures.service')}</th>
                <th scope="col">{t('signatures.level')}</th>
                <th scope="col" className="num">
                  {t('signatures.events')}
                </th>
                <th scope="col" className="num">
                  {t('signatures.customers')}
                </th>
                <th scope="col">{t('signatures.firstSeen')}</th>
                <th scope="col">{t('signatures.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {signatures.map((s) => (
                <tr key={s.id} data-signature-id={s.id}>
                  <th scope="row" className="template">
                    <code>{s.template}</code>
                  </th>
                  <td className="nowrap">{s.service ?? ''}</td>
                  <td>
                    <span className={`level level-${s.level.toLowerCase()}`}>{s.level}</span>
                  </td>
                  <td className="num">{formatCount(s.events, lang)}</td>
                  <td className="num">{formatCount(s.customers, lang)}</td>
                  <td className="nowrap">{formatTime(s.firstSeen, lang) ?? ''}</td>
                  <td className="nowrap">{formatTime(s.lastSeen, lang) ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
