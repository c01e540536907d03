// A failing API call shows a translated message, not a blank or broken screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHttpServer } from '../../main/http/server.ts';
import { repoRoot } from './support/app.ts';

test('an error envelope renders the translated message for its code', async ({ page }) => {
  const server = await startHttpServer({
    service: {
      dispatch: () =>
        Promise.resolve({
          ok: false,
          error: { code: 'workspace-invalid', params: { path: '/data/broken.duckdb' } },
        }),
    },
    staticDir: join(repoRoot, 'dist', 'renderer'),
  });
  try {
    const errors = JSON.parse(
      readFileSync(join(repoRoot, 'locales', 'en', 'errors.json'), 'utf8'),
    ) as Record<string, string>;
    await page.goto(server.url);
    const alert = page.getByRole('alert');
    await expect(alert).toHaveAttribute('data-code', 'workspace-invalid');
    await expect(alert.getByRole('heading')).toHaveText(errors.title);
    await expect(alert).toContainText(
      errors['workspace-invalid'].replace('{{path}}', '/data/broken.duckdb'),
    );
  } finally {
    await server.close();
  }
});
