// The flow ID and redirect URL last used to start an identity process, and the flows used before,
// remembered per operator in localStorage: none is secret, and each operator runs few flows.
export interface ProcessLinkPrefs {
  flowId: string
  redirectUrl: string
  /** Flow IDs used before, most recent first, offered as choices instead of typing `IPF…`. */
  recentFlows: string[]
}

const MAX_RECENT = 8
const FLOW = /^IPF[A-Za-z0-9]{1,64}$/
const key = (operatorId: string) => `process-link:${operatorId}`

export function loadProcessLinkPrefs(operatorId: string): ProcessLinkPrefs {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key(operatorId)) ?? 'null')
    if (stored && typeof stored === 'object') {
      const { flowId, redirectUrl, recentFlows } = stored as Record<string, unknown>
      return {
        flowId: typeof flowId === 'string' ? flowId : '',
        redirectUrl: typeof redirectUrl === 'string' ? redirectUrl : '',
        recentFlows: Array.isArray(recentFlows)
          ? recentFlows.filter((flow): flow is string => typeof flow === 'string' && FLOW.test(flow))
          : []
      }
    }
  } catch {
    // A damaged entry is forgotten: the operator types the values again.
  }
  return { flowId: '', redirectUrl: '', recentFlows: [] }
}

/** Remembers the flow and address just used; the flow goes to the front of the recent ones. */
export function saveProcessLinkPrefs(
  operatorId: string,
  used: { flowId: string; redirectUrl: string }
): void {
  const before = loadProcessLinkPrefs(operatorId)
  const recentFlows = [used.flowId, ...before.recentFlows.filter((flow) => flow !== used.flowId)].slice(
    0,
    MAX_RECENT
  )
  localStorage.setItem(key(operatorId), JSON.stringify({ ...used, recentFlows }))
}
