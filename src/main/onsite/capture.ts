// `onsite.capture` (shared/onsite.ts): the person's consent and their images, made durable before the
// call resolves (DESIGN.md §1 "Nothing is lost"): every image sealed into the operator's folder first,
// then the validation queued in the outbox and flushed. A crash between the two leaves only sealed
// files no item names, removed at the next open; a disk that refuses either takes the other back out.
import { randomUUID } from 'node:crypto'
import { fail, ok, type Result } from '@shared/result'
import type { OutboxItem } from '@shared/domain/outbox'
import { looksLike, type OnsiteCapture, type OnsiteValidation } from '@shared/onsite'
import type { BackendContext } from '../backend/context'
import type { Workspace } from '../workspace/workspace'
import type { CaptureStore } from './capture-store'
import { onsiteView, type ValidationItem } from './onsite-item'

function invalid(path: string, message: string): Result<never> {
  return fail('invalid_input', 'Some of the data sent is not valid.', { issues: [{ path, message }] })
}

export interface CaptureDeps {
  captures(workspace: Workspace): CaptureStore
  /** Stores the item durably and schedules it (the outbox). */
  enqueue(workspace: Workspace, item: OutboxItem): Promise<Result<OutboxItem>>
}

export async function captureValidation(
  ctx: BackendContext,
  deps: CaptureDeps,
  input: OnsiteCapture
): Promise<Result<OnsiteValidation>> {
  const opened = await ctx.workspace()
  if (!opened.ok) return opened
  const workspace = opened.data
  for (const [index, image] of input.images.entries()) {
    if (!looksLike(image.bytes, image.contentType))
      return invalid(`images.${index}.bytes`, 'validation.imageType')
  }
  const queued = workspace.cache.outbox.list()
  // For an account still queued: that creation must still be there, and say the same ID if it has one.
  let accountId = input.accountId
  let afterCreation = input.afterCreation
  if (afterCreation !== undefined) {
    const creation = queued.find((item) => item.id === afterCreation && item.kind === undefined)
    if (!creation) return fail('not_found', 'The account being created is no longer in the outbox.')
    const chosen = creation.input.account_id
    if (chosen !== undefined && accountId !== undefined && chosen !== accountId)
      return invalid('accountId', 'validation.invalid')
    accountId = chosen ?? accountId
  } else {
    // An account typed into the app and queued offline: it is created first, then this goes.
    afterCreation = queued.find((item) => item.kind === undefined && item.input.account_id === accountId)?.id
  }

  const id = randomUUID()
  const now = ctx.now().toISOString()
  const store = deps.captures(workspace)
  const done = store.writing(id)
  try {
    try {
      for (const image of input.images) await store.put(id, image.side, image.contentType, image.bytes)
    } catch {
      await store.remove(id).catch(() => undefined)
      return fail('internal', 'The images could not be saved: the disk refused the write.', {
        reason: 'disk'
      })
    }
    const item: ValidationItem = {
      id,
      kind: 'validation',
      input: {
        type: input.type,
        ...(accountId === undefined ? {} : { account_id: accountId }),
        country: input.country,
        ...(input.documentType === undefined ? {} : { document_type: input.documentType }),
        user_authorized: 'true'
      },
      createdAt: now,
      state: 'pending',
      attempts: 0,
      onsite: {
        ...(afterCreation === undefined ? {} : { afterCreation }),
        consentAt: now,
        capturedAt: now,
        images: input.images.map((image) => ({
          side: image.side,
          contentType: image.contentType,
          bytes: image.bytes.byteLength
        })),
        step: afterCreation === undefined ? 'queued' : 'waiting_account',
        uploaded: [],
        replaced: [],
        imagesKept: true
      }
    }
    const stored = await deps.enqueue(workspace, item)
    if (!stored.ok) {
      await store.remove(id).catch(() => undefined)
      return stored
    }
    return ok(onsiteView(item))
  } finally {
    done()
  }
}
