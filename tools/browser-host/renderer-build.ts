// The specs load the BUILT renderer (`out/renderer`), as the app does. `npm test` builds first; when
// run alone (`npx vitest run test/e2e`) and the build is missing or older than the sources, the
// renderer is rebuilt here with the project's own electron-vite renderer config, once, under a lock
// shared by the spec files running in parallel.
import { mkdir, readdir, rmdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { build, type InlineConfig } from 'vite'
import config from '../../electron.vite.config'

const RENDERER_OUT = resolve('out/renderer')
const SOURCES = [resolve('src/renderer'), resolve('src/shared')]
const LOCK = resolve('out/.renderer-build-lock')
const LOCK_STALE_MS = 5 * 60_000

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)))
  return newest
}

async function isFresh(): Promise<boolean> {
  try {
    const built = (await stat(join(RENDERER_OUT, 'index.html'))).mtimeMs
    const sources = Math.max(...(await Promise.all(SOURCES.map(newestMtime))))
    return built >= sources
  } catch {
    return false
  }
}

async function acquireLock(): Promise<void> {
  await mkdir(resolve('out'), { recursive: true })
  for (;;) {
    try {
      await mkdir(LOCK)
      return
    } catch {
      const since = await stat(LOCK).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0
      )
      if (since > LOCK_STALE_MS) await rmdir(LOCK).catch(() => {})
      await new Promise((done) => setTimeout(done, 200))
    }
  }
}

export async function ensureRendererBuilt(): Promise<string> {
  if (await isFresh()) return RENDERER_OUT
  await acquireLock()
  try {
    if (!(await isFresh())) {
      // electron.vite.config.ts exports a plain object (not a function of the command).
      const resolved = config
      const renderer = (resolved.renderer ?? {}) as InlineConfig
      await build({
        ...renderer,
        configFile: false,
        base: './',
        logLevel: 'warn',
        build: { ...renderer.build, outDir: RENDERER_OUT, emptyOutDir: true }
      })
    }
  } finally {
    await rmdir(LOCK).catch(() => {})
  }
  return RENDERER_OUT
}
