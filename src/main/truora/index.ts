// The Truora client's public surface, for the Backend.
export { createTruoraClient } from './client'
export { decodeKeyClaims } from './jwt'
export type { CreationOutcome } from './create-account'
export type { Sent } from './errors'
export { redact } from './redact'
export type * from './types'
