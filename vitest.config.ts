import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'renderer/**/*.test.{ts,tsx}',
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/bench/**/*.test.ts',
      'tests/sync/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['./tests/setup/vitestSetup.ts'],
    pool: 'threads',
    testTimeout: 30_000,
  },
});
