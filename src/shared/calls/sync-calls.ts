// The calls about the operator's offline copy (DESIGN.md §4-5): the mirror, the outbox of queued
// creations, the cache itself, and what main believes of the network.
import { z } from 'zod'
import { CHANNEL_NAMES } from '../channels'
import type { CacheExport, CacheStats } from '../domain/cache'
import type { OutboxItem } from '../domain/outbox'
import type { ConnectivityState, SyncStatus } from '../domain/sync'
import {
  cacheClearSchema,
  cacheExportSchema,
  connectivityHintSchema,
  outboxIdSchema,
  type ConnectivityHint
} from '../schemas'
import { atLockScreen, id, none, type Call, type ChannelTable } from './channel-row'

export interface SyncCalls {
  sync: {
    mirror: Call<[], SyncStatus>
    cancel: Call<[], SyncStatus>
    status: Call<[], SyncStatus>
  }
  outbox: {
    list: Call<[], OutboxItem[]>
    retry: Call<[id: string], OutboxItem[]>
    discard: Call<[id: string], OutboxItem[]>
  }
  cache: {
    stats: Call<[], CacheStats>
    clear: Call<[options?: { keepOutbox?: boolean }], CacheStats>
    export: Call<[options: { format: 'csv' | 'json' }], CacheExport>
  }
  connectivity: {
    status: Call<[], ConnectivityState>
    /**
     * The renderer's `online`/`offline` events as a hint (DESIGN.md §5): "offline" is believed at
     * once, "online" is checked with a keyless probe. Resolves with the state main holds now.
     */
    hint: Call<[state: ConnectivityHint], ConnectivityState>
  }
}

export const SYNC_CHANNELS = {
  sync: {
    mirror: { channel: CHANNEL_NAMES.sync.mirror, args: none },
    cancel: { channel: CHANNEL_NAMES.sync.cancel, args: none },
    status: { channel: CHANNEL_NAMES.sync.status, args: none }
  },
  outbox: {
    list: { channel: CHANNEL_NAMES.outbox.list, args: none },
    retry: { channel: CHANNEL_NAMES.outbox.retry, args: id(outboxIdSchema) },
    discard: { channel: CHANNEL_NAMES.outbox.discard, args: id(outboxIdSchema) }
  },
  cache: {
    stats: { channel: CHANNEL_NAMES.cache.stats, args: none },
    clear: { channel: CHANNEL_NAMES.cache.clear, args: z.tuple([cacheClearSchema.optional()]) },
    export: { channel: CHANNEL_NAMES.cache.export, args: id(cacheExportSchema) }
  },
  connectivity: {
    status: { channel: CHANNEL_NAMES.connectivity.status, args: none, ...atLockScreen },
    // The platform's online/offline hints: the lock screen's window sends them too.
    hint: { channel: CHANNEL_NAMES.connectivity.hint, args: id(connectivityHintSchema), ...atLockScreen }
  }
} as const satisfies ChannelTable<SyncCalls>
