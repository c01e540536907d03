/**
 * i18next with the locale files bundled in: the app runs offline, so every language ships
 * with it. The language follows the system (navigator.language), English as fallback.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import deCommon from '../../locales/de/common.json' with { type: 'json' };
import deErrors from '../../locales/de/errors.json' with { type: 'json' };
import deMenu from '../../locales/de/menu.json' with { type: 'json' };
import deOverview from '../../locales/de/overview.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enErrors from '../../locales/en/errors.json' with { type: 'json' };
import enMenu from '../../locales/en/menu.json' with { type: 'json' };
import enOverview from '../../locales/en/overview.json' with { type: 'json' };

export const resources = {
  en: { common: enCommon, overview: enOverview, errors: enErrors, menu: enMenu },
  de: { common: deCommon, overview: deOverview, errors: deErrors, menu: deMenu },
} as const;

export type Language = keyof typeof resources;
export const defaultNamespace = 'common';

/** The supported language closest to the requested tags (`de-AT` -> `de`), else `en`. */
export function pickLanguage(requested: readonly string[]): Language {
  for (const tag of requested) {
    const base = tag.toLowerCase().split('-')[0];
    if (base !== undefined && Object.prototype.hasOwnProperty.call(resources, base)) {
      return base as Language;
    }
  }
  return 'en';
}

/** Initialises i18next once; resolves when strings are ready. */
export async function initI18n(requested: readonly string[]): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: pickLanguage(requested),
    fallbackLng: 'en',
    ns: Object.keys(resources.en),
    defaultNS: defaultNamespace,
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return i18next;
}
