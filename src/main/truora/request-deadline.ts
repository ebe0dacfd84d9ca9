// The one abort of a request to Truora or a presigned link (http.ts, pdf-file.ts, upload-image.ts):
// the caller's cancel and the time limit both abort the fetch, and the error handler can then tell
// which it was — a timeout is `timeout`, a cancel `cancelled` (docs/truora-api.md "How the client copes").

export interface RequestDeadline {
  /** Passed to fetch. */
  signal: AbortSignal
  /** Whether the time limit, not the caller, aborted the request. */
  timedOut(): boolean
  /** Clears the timer and lets go of the caller's signal; call once the request has ended. */
  release(): void
}

export function requestDeadline(timeoutMs: number, cancel?: AbortSignal): RequestDeadline {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onCancel = (): void => controller.abort()
  cancel?.addEventListener('abort', onCancel, { once: true })
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    release() {
      clearTimeout(timer)
      cancel?.removeEventListener('abort', onCancel)
    }
  }
}
