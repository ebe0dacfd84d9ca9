// The flow ID and redirect URL last used to start an identity process, remembered per operator in
// localStorage (issue 5): neither is secret, and each operator usually runs one flow.
export interface ProcessLinkPrefs {
  flowId: string
  redirectUrl: string
}

const key = (operatorId: string) => `process-link:${operatorId}`

export function loadProcessLinkPrefs(operatorId: string): ProcessLinkPrefs {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key(operatorId)) ?? 'null')
    if (stored && typeof stored === 'object') {
      const { flowId, redirectUrl } = stored as Record<string, unknown>
      return {
        flowId: typeof flowId === 'string' ? flowId : '',
        redirectUrl: typeof redirectUrl === 'string' ? redirectUrl : ''
      }
    }
  } catch {
    // A damaged entry is forgotten: the operator types the values again.
  }
  return { flowId: '', redirectUrl: '' }
}

export function saveProcessLinkPrefs(operatorId: string, prefs: ProcessLinkPrefs): void {
  localStorage.setItem(key(operatorId), JSON.stringify(prefs))
}
