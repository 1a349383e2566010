import { defineConfig } from 'vitest/config';

/** Browser tests against the built site in `dist/` (run `npm run build` first). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
