// Section "writes" (DESIGN.md §1 "a lookup writes only what changed", §4 "Copy-on-write"): on a copy of the
// cache, in a fresh process, the bytes and files one change writes — a revalidated lookup that found the
// account and its history changed, the same lookup when Truora says nothing new, one 100-account mirror
// page, one creation queued in the outbox — each ÷ the cache's size on disk.
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runChild } from '../child/run-child'
import { MB, printTable, type Figures, type Section } from '../report'

interface Writes {
  fileBytes: number
  lookupBytes: number
  lookupFiles: number
  unchangedLookupBytes: number
  unchangedLookupFiles: number
  pageBytes: number
  pageFiles: number
  createBytes: number
  createFiles: number
}

export const writesSection: Section = {
  name: 'writes',
  title: 'Writes',
  async run(context) {
    const fixture = await context.cacheFixture()
    const copy = await mkdtemp(join(tmpdir(), 'truora-bench-writes-'))
    let measured: Writes
    try {
      await cp(fixture.dataDir, copy, {
        recursive: true,
        filter: (source) => source !== fixture.plaintextFile
      })
      measured = runChild<Writes>('writes', fixture, copy)
    } finally {
      await rm(copy, { recursive: true, force: true })
    }
    const over = (bytes: number): number => bytes / measured.fileBytes
    const figures: Figures = {
      fileMB: measured.fileBytes / MB,
      lookupBytes: measured.lookupBytes,
      lookupFiles: measured.lookupFiles,
      lookupBytesOverFile: over(measured.lookupBytes),
      unchangedLookupBytes: measured.unchangedLookupBytes,
      unchangedLookupFiles: measured.unchangedLookupFiles,
      pageBytes: measured.pageBytes,
      pageFiles: measured.pageFiles,
      pageBytesOverFile: over(measured.pageBytes),
      createBytes: measured.createBytes,
      createFiles: measured.createFiles,
      createBytesOverFile: over(measured.createBytes)
    }
    printTable(
      `Writes: bytes and files one change writes, of a cache of ${(figures.fileMB as number).toFixed(1)} MB on disk`,
      ['change', 'KB', 'files', '÷ cache on disk', 'target'],
      [
        [
          'one revalidated lookup (account + history changed)',
          measured.lookupBytes / 1024,
          measured.lookupFiles,
          over(measured.lookupBytes),
          '≤ 0.02'
        ],
        [
          'the same lookup, nothing new from Truora',
          measured.unchangedLookupBytes / 1024,
          measured.unchangedLookupFiles,
          over(measured.unchangedLookupBytes),
          '0'
        ],
        [
          'one mirror page of 100 new accounts',
          measured.pageBytes / 1024,
          measured.pageFiles,
          over(measured.pageBytes),
          '≤ 0.05'
        ],
        [
          'one creation queued in the outbox',
          measured.createBytes / 1024,
          measured.createFiles,
          over(measured.createBytes),
          ''
        ]
      ]
    )
    return figures
  }
}
