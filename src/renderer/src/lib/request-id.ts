// Ids for cancellable reads (`requests.cancel`, DESIGN.md §9 "cancellation by request id"); they only
// need to be unique within this window, and must match `requestOptionsSchema`.
let counter = 0

export function newRequestId(): string {
  counter += 1
  return `r-${Date.now().toString(36)}-${counter.toString(36)}`
}
