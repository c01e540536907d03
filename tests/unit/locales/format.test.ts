// Language choice and Intl formatting as the renderer uses them.
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatShare,
  formatTime,
  formatTimeRange,
  workspaceName,
} from '../../../renderer/src/format.ts';
import { initI18n, pickLanguage } from '../../../renderer/src/i18n.ts';

describe('language', () => {
  it('picks the first supported language, English otherwise', () => {
    expect(pickLanguage(['de-AT', 'en'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'de'])).toBe('de');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('loads the bundled strings', async () => {
    const i18n = await initI18n(['de-DE']);
    expect(i18n.t('counts.customers', { ns: 'overview' })).toBe('Kunden');
    expect(i18n.t('workspace-not-found', { ns: 'errors', path: '/x' })).toContain('/x');
  });
});

describe('formatting', () => {
  it('groups numbers and shares by language', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(1234567, 'de')).toBe('1.234.567');
    expect(formatShare(0.125, 'en')).toBe('12.5%');
    expect(formatShare(0.125, 'de')).toMatch(/^12,5\s%$/);
  });

  it('formats times and ranges, null when absent or invalid', () => {
    expect(formatTime(null, 'en')).toBeNull();
    expect(formatTime('not a time', 'en')).toBeNull();
    expect(formatTime('2026-09-01T12:00:00.000Z', 'en')).toMatch(/2026/);
    const range = formatTimeRange('2026-09-01T00:00:00.000Z', '2026-09-04T00:00:00.000Z', 'en');
    expect(range).toMatch(/2026/);
    expect(formatTimeRange('2026-09-04T00:00:00.000Z', '2026-09-01T00:00:00.000Z', 'en')).toBe(
      range,
    );
    expect(formatTimeRange(null, '2026-09-01T00:00:00.000Z', 'en')).toBeNull();
    expect(formatTimeRange('x', 'y', 'en')).toBeNull();
  });

  it('names a workspace by its file name', () => {
    expect(workspaceName('/a/b/workspace.duckdb')).toBe('workspace.duckdb');
    expect(workspaceName('C:\\data\\w.duckdb')).toBe('w.duckdb');
  });
});
