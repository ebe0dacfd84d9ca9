// The operator's encrypted cache (DESIGN.md §4): open it with its data key from the keychain.
export { generateDataKey, openCache } from './open-cache'
export type * from './types'
