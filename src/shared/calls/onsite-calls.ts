// The calls of on-site validation (shared/onsite.ts): the only call that carries bytes, the images.
import { z } from 'zod'
import { CHANNEL_NAMES } from '../channels'
import {
  IMAGE_MAX_BYTES,
  MAX_IMAGES,
  onsiteCaptureSchema,
  type OnsiteCaptureInput,
  type OnsiteValidation
} from '../onsite'
import { accountIdSchema, outboxIdSchema } from '../schemas'
import { id, type Call, type ChannelTable } from './channel-row'

export interface OnsiteCalls {
  onsite: {
    /**
     * The person's consent and the images captured on the laptop for a document or face validation:
     * the images are sealed into the operator's cache and the validation queued in the outbox before
     * this resolves; it is sent at once when online (after its account's creation, if that is queued).
     */
    capture: Call<[input: OnsiteCaptureInput], OnsiteValidation>
    /** The on-site validations not finished yet, of one account or all. */
    list: Call<[accountId?: string], OnsiteValidation[]>
    /** Sends a failed one again (a new validation at Truora if its links expired). */
    retry: Call<[id: string], OnsiteValidation[]>
    /** Gives one up: its images are deleted from the laptop. */
    discard: Call<[id: string], OnsiteValidation[]>
  }
}

export const ONSITE_CHANNELS = {
  onsite: {
    capture: {
      channel: CHANNEL_NAMES.onsite.capture,
      args: id(onsiteCaptureSchema),
      binary: { maxBytes: IMAGE_MAX_BYTES, maxCount: MAX_IMAGES }
    },
    list: { channel: CHANNEL_NAMES.onsite.list, args: z.tuple([accountIdSchema.optional()]) },
    retry: { channel: CHANNEL_NAMES.onsite.retry, args: id(outboxIdSchema) },
    discard: { channel: CHANNEL_NAMES.onsite.discard, args: id(outboxIdSchema) }
  }
} as const satisfies ChannelTable<OnsiteCalls>
