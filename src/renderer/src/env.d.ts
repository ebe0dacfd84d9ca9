/// <reference types="vite/client" />
import type { Api } from '@shared/contract'

declare global {
  interface Window {
    /** Exposed by the preload (or the browser test host); the renderer reaches it only via api.ts. */
    api: Api
  }
}

export {}
