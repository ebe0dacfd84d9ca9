// Truora statuses arrive as free strings (docs/truora-api.md: `validation_status`, process `status`); the UI
// shows one of three chips and "unknown" for anything else rather than guessing.
export type StatusKind = 'success' | 'pending' | 'failure' | 'unknown'

export function statusKind(value: unknown): StatusKind {
  if (typeof value !== 'string') return 'unknown'
  switch (value.trim().toLowerCase()) {
    case 'success':
    case 'succeeded':
      return 'success'
    case 'pending':
    case 'running':
      return 'pending'
    case 'failure':
    case 'failed':
      return 'failure'
    default:
      return 'unknown'
  }
}
