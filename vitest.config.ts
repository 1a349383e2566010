import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/__tests__/**/*.test.ts', 'pipeline/**/__tests__/**/*.test.ts', 'src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
    globalSetup: ['vitest.global-setup.ts'],
    testTimeout: 60_000,
  },
});
