#!/usr/bin/env node
// Static Electron security check (DESIGN.md §6) with @doyensec/electronegativity over the source.
// `node scripts/electronegativity.mjs [folder]` (default: src) prints every finding and exits 1 when a
// HIGH or MEDIUM one is not in the reviewed list below, or when a file could not be parsed (a file
// the tool cannot read is a file it did not check). LOW and informational findings are reported only.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)

/**
 * Findings reviewed and judged false positives, each matched by check, file and code sample, so a
 * new occurrence elsewhere is still reported.
 */
export const REVIEWED = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/electron/window.ts',
    sample: /preload: preloadPath/,
    reason:
      'Reviewed: src/preload/index.ts exposes one wrapper per contract channel and events.on, never ' +
      'ipcRenderer, a generic invoke or Node (test/electron/preload.test.ts checks exactly that).'
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/electron/security.ts',
    sample: /shell\.openExternal\(checked\.href\)/,
    reason:
      'The one call, inside openExternalGuarded, with the URL isSafeExternalUrl passed as parsed ' +
      '(https, exact Truora hosts; table-tested in test/electron/security-validators.test.ts) (checklist 15).'
  }
]

/**
 * The check of Electron releases for newer security fixes downloads the release list from GitHub, so
 * its answer depends on the network and the day: upgrading Electron (checklist 16) is a dependency
 * update, not a build gate.
 */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck']

const FAILING = new Set(['HIGH', 'MEDIUM'])

function isReviewed(issue) {
  return REVIEWED.find(
    (entry) =>
      entry.check === issue.id && entry.file === issue.file && entry.sample.test(String(issue.sample ?? ''))
  )
}

/**
 * Scans `input` and sorts the findings: `failures` (HIGH/MEDIUM, not reviewed), `reviewed` (with
 * their reason), `reported` (LOW and below) and `unparsed` (files the tool could not read).
 */
export async function scan(input = resolve(root, 'src')) {
  const run = require('@doyensec/electronegativity')
  const electronVersion = JSON.parse(
    readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')
  ).version
  const result = await run({
    input,
    output: null,
    isSarif: false,
    customScan: [],
    excludeFromScan: EXCLUDED,
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: []
  })
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
    sample: issue.sample === undefined ? '' : String(issue.sample),
    description: issue.description,
    reviewed: isReviewed(issue)?.reason ?? null
  }))
  return {
    failures: findings.filter((f) => FAILING.has(f.severity) && f.reviewed === null),
    reviewed: findings.filter((f) => f.reviewed !== null),
    reported: findings.filter((f) => !FAILING.has(f.severity) && f.reviewed === null),
    unparsed: result.errors
      .filter((error) => !error.tolerable)
      .map((error) => `${error.file}: ${error.message}`)
  }
}

function line(finding) {
  return `${finding.severity} ${finding.check} ${finding.file}:${finding.line} — ${finding.description}`
}

async function main() {
  const input = resolve(process.argv[2] ?? resolve(root, 'src'))
  const { failures, reviewed, reported, unparsed } = await scan(input)
  for (const finding of reported) console.log(`report   ${line(finding)}`)
  for (const finding of reviewed) console.log(`reviewed ${line(finding)}\n         why: ${finding.reviewed}`)
  for (const file of unparsed) console.log(`UNPARSED ${file}`)
  for (const finding of failures) console.log(`FAIL     ${line(finding)}\n         ${finding.sample}`)
  const ok = failures.length === 0 && unparsed.length === 0
  console.log(
    ok
      ? `electronegativity: no HIGH or MEDIUM finding left (${reviewed.length} reviewed, ${reported.length} low)`
      : `electronegativity: ${failures.length} HIGH/MEDIUM finding(s), ${unparsed.length} unparsed file(s)`
  )
  process.exit(ok ? 0 : 1)
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
