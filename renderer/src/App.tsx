import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OverviewScreen } from '../features/overview/OverviewScreen.tsx';
import { createClient } from './client.ts';

/** The application frame: banner, navigation and the current screen. */
export function App() {
  const { t, i18n } = useTranslation('common');
  const api = useMemo(() => createClient(), []);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.name');
  }, [i18n.language, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          <ul className="nav-list">
            <li>
              <a href="#main" aria-current="page">
                {t('nav.overview')}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <OverviewScreen api={api} />
      </main>
    </>
  );
}
