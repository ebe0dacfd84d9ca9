// `npm run sim -- [options]`: runs the Truora simulator until SIGINT/SIGTERM and prints how to point
// the app at it (endpointsFromEnv in src/main/truora/endpoints.ts reads these variables).
import { parseArgs } from 'node:util'
import { startSimulator, type SimOptions } from './index'

const HELP = `Truora simulator: the documented Truora endpoints with seeded data, on loopback.

Usage: npm run sim -- [options]

  --port <n>            port to listen on (default 4010; 0 = any free port)
  --host <addr>         address to listen on (default 127.0.0.1)
  --accounts <n>        seeded accounts (default 1000)
  --key <key>           accepted Truora-API-Key (default sim-key)
  --seed <n>            data seed (default 1)
  --page-size <n>       list page size when no limit is given (default 100)
  --latency <ms>        added to every answer (default 0)
  --fail-share <r:s>    answer a share r of requests with status s, e.g. 0.1:503 (default none)
  --next-style <style>  how "next" is written: path, url or key (default path)
  --upload-ttl <s>      how long a validation's upload links work, in seconds (default 900)
  --validation-result <r>
                        what a validation becomes once its images are in: success, or the
                        declined reason of a failure, e.g. face_not_detected (default success)
  -h, --help            show this help
`

function number(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`--${name} must be a non-negative number, got "${text}"`)
  return value
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      accounts: { type: 'string' },
      key: { type: 'string' },
      seed: { type: 'string' },
      'page-size': { type: 'string' },
      latency: { type: 'string' },
      'fail-share': { type: 'string' },
      'next-style': { type: 'string' },
      'upload-ttl': { type: 'string' },
      'validation-result': { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  const nextStyle = values['next-style'] ?? 'path'
  if (nextStyle !== 'path' && nextStyle !== 'url' && nextStyle !== 'key')
    throw new Error('--next-style must be path, url or key')
  const options: SimOptions = {
    port: number('port', values.port, 4010),
    host: values.host ?? '127.0.0.1',
    accounts: number('accounts', values.accounts, 1000),
    key: values.key ?? 'sim-key',
    seed: number('seed', values.seed, 1),
    pageSize: number('page-size', values['page-size'], 100),
    latencyMs: number('latency', values.latency, 0),
    nextStyle,
    onsite: {
      uploadTtlMs: number('upload-ttl', values['upload-ttl'], 900) * 1000,
      outcome:
        (values['validation-result'] ?? 'success') === 'success'
          ? { status: 'success' }
          : { status: 'failure', declinedReason: values['validation-result']! }
    }
  }
  const sim = await startSimulator(options)
  if (values['fail-share'] !== undefined) {
    const [ratio, status] = values['fail-share'].split(':').map(Number)
    if (!(
      ratio !== undefined &&
      ratio > 0 &&
      ratio <= 1 &&
      status !== undefined &&
      status >= 400 &&
      status <= 599
    )) {
      await sim.close()
      throw new Error('--fail-share must look like 0.1:503 (a ratio in (0, 1], then an HTTP error status)')
    }
    sim.faults.share(ratio, { status })
  }
  process.stdout.write(
    [
      `Truora simulator listening on ${sim.url} (${options.accounts} accounts, seed ${options.seed})`,
      'Point the app at it with:',
      `  TRUORA_VALIDATIONS_URL=${sim.endpoints.validations} TRUORA_IDENTITY_URL=${sim.endpoints.identity} TRUORA_ACCOUNT_URL=${sim.endpoints.account}`,
      `Accepted API key: ${sim.key}`,
      ''
    ].join('\n')
  )
  const shutdown = (signal: string): void => {
    process.stdout.write(`${signal}: stopping the simulator\n`)
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
  process.exit(2)
})
