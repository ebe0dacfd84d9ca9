// Sending one queued on-site validation (DESIGN.md §5 "Outbox", TRUORA_API.md "Validations API"), one
// durable step at a time, so a crash anywhere resumes without losing the images or sending them to two
// validations:
// 1. Create it at Truora. The account's validations of this type are listed first and kept with the
//    item; the "sending" mark is flushed before the POST leaves. A creation found "sending" (the app
//    stopped) or whose answer was lost is checked: any new validation of the type since the list is
//    one of ours that never got the images, recorded as replaced, and a new one is created. The images
//    are what matter, and they go to exactly one validation.
// 2. Upload each image, WITHOUT the key, to its presigned link; each side done is written down. A
//    link older than 15 minutes, or one that answers 403, has expired: that validation is replaced by
//    a new one (never a silent loss), a bounded number of times.
// 3. Once Truora has every image, the sealed images are deleted, and the result is read with growing
//    waits until it leaves `pending`; each change goes into the account's history as it comes.
import type { AppError } from '@shared/result'
import type { Validation } from '@shared/domain/truora-records'
import type { CaptureSide } from '@shared/onsite'
import type { BackendContext } from '../backend/context'
import type { CallContext } from '../truora/types'
import type { Workspace } from '../workspace/workspace'
import type { CaptureStore } from './capture-store'
import { validationForm, type ValidationItem } from './onsite-item'
import { recordValidation } from './record-validation'
import {
  BASE_BACKOFF_MS,
  createSenderRecords,
  MAX_REPLACEMENTS,
  TRANSIENT,
  type SendOutcome
} from './sender-records'

/** Presigned links last 15 minutes (DESIGN.md §4); one older than this is not tried. */
const LINK_LIFETIME_MS = 15 * 60_000
/** After a day without a result, the validation is left to the account's history (a refresh shows it). */
const FOLLOW_FOR_MS = 24 * 60 * 60_000

export interface SenderOptions {
  /** The first wait before the result is read again; doubles up to `pollMaxMs`. Default 2 s. */
  pollBaseMs?: number
  /** Default 60 s. */
  pollMaxMs?: number
}

export interface ValidationSender {
  send(workspace: Workspace, item: ValidationItem, signal: AbortSignal): Promise<SendOutcome>
}

/** Errors that leave the request unsent for sure: nothing reached Truora. */
function surelyNotSent(error: AppError): boolean {
  return error.details?.sent === 'no'
}

/** Whether a read of the result says something the cached copy does not (else nothing is rewritten). */
function changedOutcome(cached: Validation | undefined, read: Validation): boolean {
  if (!cached) return true
  const fields = ['validation_status', 'failure_status', 'declined_reason', 'update_date'] as const
  return fields.some((field) => cached[field] !== read[field])
}

export function createValidationSender(
  ctx: BackendContext,
  deps: {
    captures(workspace: Workspace): CaptureStore
    /** Tells the renderer the outbox changed. */
    changed(workspace: Workspace): void
    options?: SenderOptions
  }
): ValidationSender {
  const pollBase = deps.options?.pollBaseMs ?? BASE_BACKOFF_MS
  const pollMax = deps.options?.pollMaxMs ?? 60_000
  const { now, iso, save, later, failed, replace } = createSenderRecords(ctx, (workspace) =>
    deps.changed(workspace)
  )

  /** Step 1: create the validation at Truora (list first; mark durably; POST once). */
  async function create(
    workspace: Workspace,
    item: ValidationItem,
    call: CallContext
  ): Promise<ValidationItem | SendOutcome> {
    const form = validationForm(item)
    if (!form) {
      return failed(workspace, item, {
        code: 'invalid_input',
        message: 'The validation has no account.',
        retryable: false
      })
    }
    const listed = await ctx.observed(ctx.client.accounts.validations(call, form.account_id))
    // An account Truora does not know yet has no validations (its own ID: created with the first one).
    if (!listed.ok && listed.error.code !== 'not_found') {
      return TRANSIENT.has(listed.error.code)
        ? later(workspace, item, listed.error)
        : failed(workspace, item, listed.error)
    }
    const ofType = (listed.ok ? listed.data : [])
      .filter((validation) => validation.type === form.type)
      .map((validation) => validation.validation_id)
    const mayHaveArrived = item.state === 'sending' || item.uncertain === true
    const known = new Set([...(item.onsite.knownBefore ?? []), ...item.onsite.replaced])
    // A creation that may have reached Truora: a new validation of the type is that one, without images.
    const found =
      mayHaveArrived && item.onsite.knownBefore !== undefined ? ofType.filter((id) => !known.has(id)) : []
    if (found.length > 0) ctx.log(`onsite: ${found.length} validation(s) of an interrupted creation replaced`)
    const marked = await save(
      workspace,
      item,
      { state: 'sending', lastAttemptAt: iso(), uncertain: undefined },
      { step: 'creating', knownBefore: ofType, replaced: [...item.onsite.replaced, ...found] }
    )
    // Durable before the request leaves (DESIGN.md §5): a crash from here on finds it "sending".
    const created = await ctx.observed(ctx.client.validations.create(call, form))
    if (!created.ok) {
      const { error } = created
      if (TRANSIENT.has(error.code)) return later(workspace, marked, error, !surelyNotSent(error))
      return failed(workspace, marked, error)
    }
    const sides = marked.onsite.images.map((image) => image.side)
    // A side Truora did not ask for (a passport's back) is not sent; one it asked for and the app lacks
    // cannot happen (sidesFor), and one the app has but Truora named no link for cannot be sent.
    const missing = sides.filter((side) => created.data.links[side] === undefined && side !== 'reverse')
    if (missing.length > 0) {
      return failed(
        workspace,
        marked,
        { code: 'bad_response', message: 'Truora did not say where the images go.', retryable: false },
        'no_upload_link'
      )
    }
    const uploading = await save(
      workspace,
      marked,
      { state: 'pending', attempts: marked.attempts + 1, error: undefined, nextAttemptAt: undefined },
      {
        step: 'uploading',
        validationId: created.data.validationId,
        links: created.data.links,
        linksAt: iso(),
        uploaded: sides.filter((side) => created.data.links[side] === undefined)
      }
    )
    const pending: Validation = {
      validation_id: created.data.validationId,
      account_id: form.account_id,
      type: form.type,
      validation_status: 'pending',
      creation_date: iso(),
      validation_inputs: {
        ...(form.country === undefined ? {} : { country: form.country }),
        ...(form.document_type === undefined ? {} : { document_type: form.document_type })
      }
    }
    await recordValidation(ctx, workspace, pending)
    return uploading
  }

  /** Step 2: each image not yet up, to its link, without the key. */
  async function upload(
    workspace: Workspace,
    item: ValidationItem,
    call: CallContext
  ): Promise<ValidationItem | SendOutcome | 'replace'> {
    const { links, linksAt } = item.onsite
    if (!links || linksAt === undefined || now() - Date.parse(linksAt) > LINK_LIFETIME_MS) return 'replace'
    const store = deps.captures(workspace)
    let progress = item
    for (const image of item.onsite.images) {
      if (progress.onsite.uploaded.includes(image.side)) continue
      const url = links[image.side]
      if (url === undefined) continue
      const bytes = await store.get(item.id, image.side, image.contentType)
      if (!bytes) {
        return failed(
          workspace,
          progress,
          {
            code: 'internal',
            message: 'The captured images could not be read on this laptop.',
            retryable: false
          },
          'images_lost'
        )
      }
      const sent = await ctx.observed(
        ctx.client.uploads.put(call, { url, bytes, contentType: image.contentType })
      )
      if (!sent.ok) {
        if (sent.error.code === 'expired') return 'replace'
        if (TRANSIENT.has(sent.error.code)) return later(workspace, progress, sent.error)
        return failed(workspace, progress, sent.error)
      }
      const uploaded: CaptureSide[] = [...progress.onsite.uploaded, image.side]
      progress = await save(workspace, progress, {}, { uploaded })
    }
    // Truora has every image: the laptop forgets them (DESIGN.md §4), once that is written down.
    const done = await save(
      workspace,
      progress,
      { nextAttemptAt: iso() },
      { step: 'awaiting_result', links: undefined, linksAt: undefined, resultSince: iso(), polls: 0 }
    )
    const forgotten = await forgetImages(workspace, done)
    void ctx.activity.record({
      action: 'validation_sent',
      ...(forgotten.input.account_id === undefined ? {} : { accountId: forgotten.input.account_id }),
      detail: { type: forgotten.input.type ?? '', validationId: forgotten.onsite.validationId ?? '' }
    })
    return forgotten
  }

  /** Deletes an item's images from the laptop, then writes down that they are gone. */
  async function forgetImages(workspace: Workspace, item: ValidationItem): Promise<ValidationItem> {
    await deps.captures(workspace).remove(item.id)
    return save(workspace, item, {}, { imagesKept: false })
  }

  /** Step 3: read the result; it leaves the outbox once it is no longer pending. */
  async function follow(
    workspace: Workspace,
    awaiting: ValidationItem,
    call: CallContext
  ): Promise<SendOutcome> {
    // A crash while the images were being deleted leaves some on disk and the item still saying it
    // keeps them (the sweep at open spares them for it): they go now, before the item can leave the
    // outbox and take with it the only record that names them.
    const item = awaiting.onsite.imagesKept ? await forgetImages(workspace, awaiting) : awaiting
    const id = item.onsite.validationId
    if (id === undefined) return 'waiting'
    const read = await ctx.observed(ctx.client.validations.get({ ...call, background: true }, id))
    const polls = (item.onsite.polls ?? 0) + 1
    const since = Date.parse(item.onsite.resultSince ?? item.createdAt)
    if (read.ok) {
      if (changedOutcome((await workspace.cache.validations.get(id))?.data, read.data)) {
        await recordValidation(ctx, workspace, read.data)
      }
      const status = read.data.validation_status
      if ((status !== undefined && status !== 'pending') || now() - since > FOLLOW_FOR_MS) {
        workspace.cache.outbox.remove(item.id)
        await workspace.cache.flush()
        deps.changed(workspace)
        return 'sent'
      }
    } else if (!TRANSIENT.has(read.error.code) && read.error.code !== 'not_found') {
      return failed(workspace, item, read.error)
    }
    const wait = Math.min(pollMax, pollBase * 2 ** Math.min(polls - 1, 20))
    await save(workspace, item, { nextAttemptAt: iso(now() + wait) }, { polls })
    return 'waiting'
  }

  return {
    async send(workspace, queued, signal) {
      let item: ValidationItem = queued
      // Its account's creation goes first: until it is sent, this one waits, holding back nothing.
      if (item.onsite.afterCreation !== undefined) {
        const creation = workspace.cache.outbox.list().find((entry) => entry.id === item.onsite.afterCreation)
        if (creation) {
          if (item.onsite.step !== 'waiting_account') {
            await save(workspace, item, {}, { step: 'waiting_account' })
          }
          return 'waiting'
        }
        if (item.input.account_id === undefined) {
          return failed(
            workspace,
            item,
            {
              code: 'not_found',
              message: 'The account this validation was for was never created.',
              retryable: false
            },
            'account_discarded'
          )
        }
        item = await save(workspace, item, {}, { afterCreation: undefined, step: 'queued' })
      }
      // The key first: a session that locked meanwhile has none, and nothing is marked or sent.
      const call = await ctx.callContext(workspace.operatorId, signal)
      if (!call.ok) return 'later'
      for (let round = 0; round <= MAX_REPLACEMENTS + 1; round++) {
        if (item.onsite.step === 'awaiting_result') return follow(workspace, item, call.data)
        if (item.onsite.step !== 'uploading') {
          const created = await create(workspace, item, call.data)
          if (typeof created === 'string') return created
          item = created
        }
        const uploaded = await upload(workspace, item, call.data)
        if (uploaded === 'replace') {
          const replaced = await replace(workspace, item)
          if (!replaced) return 'rejected'
          item = replaced
          continue
        }
        if (typeof uploaded === 'string') return uploaded
        return 'sent'
      }
      return 'later'
    }
  }
}
