import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: DuckDB and the parsers are CPU-bound, more workers only thrash.
    maxWorkers: 2,
    coverage: {
      provider: 'v8',
      include: ['core/**/*.ts', 'main/cli/**/*.ts', 'main/http/**/*.ts'],
      // main/electron needs the Electron binary; the renderer is covered end to end.
      exclude: ['**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 85 },
    },
  },
});
