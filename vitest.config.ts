import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Deterministic output: fixed time zone, no colours in snapshots.
    env: { TZ: 'UTC', FORCE_COLOR: '0' },
    testTimeout: 30_000,
  },
});
