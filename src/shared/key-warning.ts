// How long before an API key expires the operator is warned: when the key is added (operators.add's
// `keyExpiresSoon`), on the operator in Settings and in the top bar. One figure for all three, so the
// app never says "expires soon" in one place and nothing in another. Two weeks: time to ask Truora
// for a new key before the field work stops.
export const KEY_WARNING_DAYS = 14
export const KEY_WARNING_MS = KEY_WARNING_DAYS * 24 * 60 * 60 * 1000
