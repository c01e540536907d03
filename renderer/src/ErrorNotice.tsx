import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../core/api.ts';
import { resources } from './i18n.ts';

type ErrorKey = keyof (typeof resources)['en']['errors'];

function isErrorKey(code: string): code is ErrorKey {
  return code !== 'title' && Object.prototype.hasOwnProperty.call(resources.en.errors, code);
}

/** An error envelope as a translated, announced message; unknown codes get a generic text. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation('errors');
  const { t: tc } = useTranslation('common');
  const message = isErrorKey(error.code)
    ? t(error.code, { ...error.params })
    : t('unknown', { code: error.code });
  return (
    <section
      className="notice notice-error"
      role="alert"
      data-testid="error"
      data-code={error.code}
    >
      <h2>{t('title')}</h2>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {tc('status.retry')}
        </button>
      ) : null}
    </section>
  );
}
