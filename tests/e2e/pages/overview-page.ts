/**
 * The Overview screen as tests see it: the counts by test id, labels from locales/en so a
 * changed translation, not a changed test, is what moves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { repoRoot } from '../support/app.ts';

export type CountName =
  | 'customers'
  | 'tenants'
  | 'events'
  | 'error-events'
  | 'signatures'
  | 'tickets'
  | 'kb-articles'
  | 'releases';

interface OverviewStrings {
  title: string;
  counts: Record<string, string>;
  signatures: { heading: string };
}

/** The overview namespace of a locale, read from the repository's locale files. */
export function overviewStrings(language: string): OverviewStrings {
  const file = join(repoRoot, 'locales', language, 'overview.json');
  return JSON.parse(readFileSync(file, 'utf8')) as OverviewStrings;
}

export class OverviewPage {
  constructor(
    readonly page: Page,
    readonly strings: OverviewStrings = overviewStrings('en'),
  ) {}

  /** Opens the app and waits until the counts are on screen. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.heading).toBeVisible();
    await expect(this.count('events')).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.strings.title });
  }

  count(name: CountName): Locator {
    return this.page.getByTestId(`count-${name}`);
  }

  /** The label shown next to a count (its `<dt>`). */
  countLabel(name: CountName): Locator {
    return this.page.locator(`#count-${name}-label`);
  }

  /** The exact number behind a count (formatting aside). */
  async countValue(name: CountName): Promise<number> {
    return Number(await this.count(name).getAttribute('data-value'));
  }

  get topSignatures(): Locator {
    return this.page.getByRole('region', { name: this.strings.signatures.heading });
  }
}
