// Loading migrates or refuses, never guesses (DESIGN.md §4): the migration hook steps a file up one
// version at a time, and refuses what it cannot know (a newer version, a gap, a broken step).
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate, type Migration } from '../../src/main/cache/migrations'

// A schema history this app does not have yet, to prove the hook: v1 → v2 renamed a field, v2 → v3
// added one. These are data for `migrate`, which is the real code under test.
const HISTORY = new Map<number, Migration>([
  [1, ({ outbox, ...rest }) => ({ ...rest, pending: outbox })],
  [2, (data) => ({ ...data, mirror: { pages: 0, accounts: 0, inProgress: false } })]
])

describe('cache schema migrations', () => {
  it('passes current data through untouched and knows no steps beyond version 1 yet', () => {
    const data = { schemaVersion: CURRENT_SCHEMA_VERSION, accounts: {} }
    expect(migrate(data)).toEqual({ ok: true, data })
    expect(CURRENT_SCHEMA_VERSION).toBe(1)
    expect(MIGRATIONS.size).toBe(0)
  })

  it('applies each step in order and stamps each new version', () => {
    expect(migrate({ schemaVersion: 1, outbox: ['x'] }, HISTORY, 3)).toEqual({
      ok: true,
      data: { schemaVersion: 3, pending: ['x'], mirror: { pages: 0, accounts: 0, inProgress: false } }
    })
    expect(migrate({ schemaVersion: 2, pending: [] }, HISTORY, 3)).toMatchObject({
      ok: true,
      data: { schemaVersion: 3, pending: [] }
    })
  })

  it('refuses a newer version and a version with no step to the current one', () => {
    expect(migrate({ schemaVersion: 2 })).toEqual({ ok: false, reason: 'unsupported-version' })
    expect(migrate({ schemaVersion: 4 }, HISTORY, 3)).toEqual({ ok: false, reason: 'unsupported-version' })
    const gap = new Map<number, Migration>([[1, (data) => data]])
    expect(migrate({ schemaVersion: 1 }, gap, 3)).toEqual({ ok: false, reason: 'unsupported-version' })
  })

  it('calls data without a usable version, or a failing step, invalid content', () => {
    const unusable = [
      null,
      [],
      'text',
      {},
      { schemaVersion: '1' },
      { schemaVersion: 0 },
      { schemaVersion: 1.5 }
    ]
    for (const value of unusable) expect(migrate(value)).toEqual({ ok: false, reason: 'invalid-content' })
    const broken = new Map<number, Migration>([
      [
        1,
        () => {
          throw new Error('cannot read this')
        }
      ]
    ])
    expect(migrate({ schemaVersion: 1 }, broken, 2)).toEqual({ ok: false, reason: 'invalid-content' })
  })
})
