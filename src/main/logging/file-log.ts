// Log files an operator can send to support (docs/architecture.md §6 "Logs"): electron-log's file
// transport under `<userData>/logs`, rotated by size, every line passed through the key redaction
// first. Callers already keep personal data out of their lines; this is the last guard for keys.
import { chmodSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import electronLog from 'electron-log/node'
import { redact } from '../truora/redact'

export interface FileLog {
  /** Writes one line (redacted) to the current file, and to the console when `echo` is on. */
  write(line: string): void
  /** The folder holding the files (main.log, main.1.log, …). */
  folder: string
}

export interface FileLogOptions {
  folder: string
  /** Bytes before the file is rotated; default 1 MB. */
  maxBytes?: number
  /** Rotated files kept besides the current one; default 4. */
  keep?: number
  /** Also print each line on the console (development). */
  echo?: boolean
}

const FILE_NAME = 'main.log'

/** `main.log` → `main.1.log`, `main.1.log` → `main.2.log`, …; the oldest beyond `keep` is deleted. */
function rotate(path: string, keep: number): void {
  const folder = dirname(path)
  const stem = basename(path, '.log')
  const numbered = (n: number): string => join(folder, `${stem}.${n}.log`)
  rmSync(numbered(keep), { force: true })
  for (let n = keep - 1; n >= 1; n--) {
    try {
      renameSync(numbered(n), numbered(n + 1))
    } catch {
      // Not there yet: fewer rotations so far than `keep`.
    }
  }
  renameSync(path, numbered(1))
}

export function createFileLog(options: FileLogOptions): FileLog {
  const { folder } = options
  // The log names no person and holds no key, but it describes what an operator did: owner only,
  // like the rest of the data folder.
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  chmodSync(folder, 0o700)
  const logger = electronLog.create({ logId: `file-log:${folder}` })
  const file = logger.transports.file
  file.resolvePathFn = () => join(folder, FILE_NAME)
  file.maxSize = options.maxBytes ?? 1024 * 1024
  file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' }
  file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}'
  const keep = options.keep ?? 4
  file.archiveLogFn = (old) => rotate(old.path, keep)
  logger.transports.console.level = options.echo === true ? 'info' : false
  return {
    folder,
    write(line) {
      logger.info(redact(line))
    }
  }
}
