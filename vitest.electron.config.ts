// `npm run test:electron`: the built app in the real Electron runtime, through Playwright's _electron
// (scripts/test-electron.mjs runs it where Electron's binary exists). Not part of `npm test`.
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared') } },
  test: {
    include: ['test/electron-app/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
