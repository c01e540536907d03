import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaselineApi } from '../../../core/api.ts';
import { ErrorNotice } from '../../src/ErrorNotice.tsx';
import { formatTimeRange, workspaceName } from '../../src/format.ts';
import { AttributionShares } from './AttributionShares.tsx';
import { CountCards } from './CountCards.tsx';
import { ServicesList } from './ServicesList.tsx';
import { SignatureTable } from './SignatureTable.tsx';
import { useOverviewStore } from './store.ts';

/** What is in the open workspace: counts, time range, services, attribution, top errors. */
export function OverviewScreen({ api }: { api: CaselineApi }) {
  const { t, i18n } = useTranslation('overview');
  const { t: tc } = useTranslation('common');
  const status = useOverviewStore((s) => s.status);
  const summary = useOverviewStore((s) => s.summary);
  const signatures = useOverviewStore((s) => s.signatures);
  const error = useOverviewStore((s) => s.error);
  const load = useOverviewStore((s) => s.load);

  useEffect(() => {
    void load(api);
  }, [api, load]);

  if (status === 'error' && error) {
    return (
      <div className="screen">
        <h1>{t('title')}</h1>
        <ErrorNotice error={error} onRetry={() => void load(api)} />
      </div>
    );
  }
  if (summary === null) {
    return (
      <div className="screen" aria-busy="true">
        <h1>{t('title')}</h1>
        <p className="muted" role="status">
          {tc('status.loading')}
        </p>
      </div>
    );
  }
  const range = formatTimeRange(summary.from, summary.to, i18n.language);
  return (
    <div className="screen" aria-busy={status === 'loading'}>
      <div className="screen-heading">
        <h1>{t('title')}</h1>
        <dl className="facts">
          <div>
            <dt>{t('workspace')}</dt>
            <dd data-testid="workspace-name" title={summary.workspace}>
              {workspaceName(summary.workspace)}
            </dd>
          </div>
          <div>
            <dt>{t('timeRange')}</dt>
            <dd data-testid="time-range">{range ?? tc('range.none')}</dd>
          </div>
        </dl>
      </div>
      <CountCards summary={summary} />
      <div className="columns">
        <ServicesList services={summary.services} />
        <AttributionShares shares={summary.attribution} />
      </div>
      <SignatureTable signatures={signatures} />
    </div>
  );
}
