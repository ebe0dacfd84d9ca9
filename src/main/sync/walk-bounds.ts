// When the mirror's walk of the account list stops on its own (DESIGN.md §5 "Mirror": bounded). A
// server that kept handing out new cursors kept an unbounded walk going for 63,846 pages in 20 s,
// its memory growing; one that hands back a cursor it already gave would loop for ever.
import type { Account } from '@shared/domain/truora-records'
import { appError, type AppError } from '@shared/result'

/**
 * 20,000 pages of 100 are two million accounts, twenty times the largest client the app is built for.
 * A real list brings accounts the walk has not seen on every page, so 20 pages in a row without one
 * mean the server is going round in circles.
 */
export const WALK_BOUNDS = { maxPages: 20_000, maxPagesWithoutNewAccounts: 20 } as const

export type WalkBounds = { maxPages: number; maxPagesWithoutNewAccounts: number }

/** Why a walk stopped on its own: `SyncStatus.error.reason`, which the renderer puts in words. */
export type WalkStop = 'repeated_page' | 'too_many_pages' | 'no_new_accounts'

export interface WalkGuard {
  /** Takes in one page (the `pages`-th of the walk); says why the walk must stop after it, if it must. */
  observe(items: readonly Account[], nextKey: string | undefined, pages: number): WalkStop | undefined
  /** How many accounts of the page observed last this walk had not seen before (what it counts). */
  readonly lastNew: number
}

/** `startCursor`: the cursor a resumed walk starts from, already given once. */
export function walkGuard(bounds: WalkBounds, startCursor: string | undefined): WalkGuard {
  const seenCursors = new Set<string>(startCursor === undefined ? [] : [startCursor])
  const seenAccounts = new Set<string>()
  let pagesWithoutNew = 0
  let lastNew = 0
  return {
    get lastNew() {
      return lastNew
    },
    observe(items, nextKey, pages) {
      const before = seenAccounts.size
      for (const account of items) seenAccounts.add(account.account_id)
      lastNew = seenAccounts.size - before
      pagesWithoutNew = lastNew > 0 ? 0 : pagesWithoutNew + 1
      // The last page ends the walk anyway.
      if (!nextKey) return undefined
      if (seenCursors.has(nextKey)) return 'repeated_page'
      seenCursors.add(nextKey)
      if (pages >= bounds.maxPages) return 'too_many_pages'
      if (pagesWithoutNew >= bounds.maxPagesWithoutNewAccounts) return 'no_new_accounts'
      return undefined
    }
  }
}

export function walkStopped(reason: WalkStop, pages: number): AppError {
  const messages: Record<WalkStop, string> = {
    repeated_page: 'Truora sent the same page of accounts twice, so the sync stopped.',
    too_many_pages: `Truora kept sending pages of accounts, so the sync stopped after ${pages} pages.`,
    no_new_accounts: `Truora kept sending pages with no new accounts, so the sync stopped after ${pages} pages.`
  }
  return appError('bad_response', `${messages[reason]} Try again later.`, { reason })
}
