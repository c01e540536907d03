/**
 * Menu and dialog strings for the main process, read from locales/<lang>/menu.json with
 * English filling any gap, so the menus speak the same language as the renderer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MenuLabels {
  file: string;
  openWorkspace: string;
  openWorkspaceTitle: string;
  workspaceFilter: string;
  quit: string;
  view: string;
  reload: string;
  devTools: string;
  openFailedTitle: string;
  openFailed: string;
}

function readLabels(localesDir: string, language: string): Partial<MenuLabels> {
  try {
    const parsed = JSON.parse(
      readFileSync(join(localesDir, language, 'menu.json'), 'utf8'),
    ) as unknown;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * The labels for a system locale (`de-DE` -> `de`), English for missing keys. Throws a
 * plain Error only if the English file is missing (a packaging mistake).
 */
export function loadMenuLabels(localesDir: string, locale: string): MenuLabels {
  const english = readLabels(localesDir, 'en');
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  const merged = { ...english, ...(language === 'en' ? {} : readLabels(localesDir, language)) };
  if (typeof english.file !== 'string') throw new Error(`menu labels missing in ${localesDir}`);
  return merged as MenuLabels;
}

/** Fills `{{name}}` placeholders the way i18next does. */
export function interpolate(text: string, params: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
}
