// `npm run bench [-- options]`: runs bench/index.ts under tsx with the garbage collector exposed (the
// memory figures collect before measuring), passing every argument through.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const result = spawnSync(
  process.execPath,
  ['--expose-gc', '--import', 'tsx', 'bench/index.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' }
)
if (result.error) {
  console.error(`Could not start the benchmark: ${result.error.message}`)
  process.exit(1)
}
process.exit(result.status ?? 1)
