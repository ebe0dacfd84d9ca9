// Truora's three API hosts (TRUORA_API.md "Hosts and auth"). Production by default; the environment
// can point the app at staging or at the simulator (`npm run sim`).

export interface Endpoints {
  /** Validations API: accounts and validations. */
  validations: string
  /** Digital Identity API: identity processes. */
  identity: string
  /** Account API: web tokens that start an identity process. */
  account: string
}

export const PRODUCTION_ENDPOINTS: Endpoints = {
  validations: 'https://api.validations.truora.com/v1',
  identity: 'https://api.identity.truora.com/v1',
  account: 'https://api.account.truora.com/v1'
}

/** Production endpoints with any of `TRUORA_VALIDATIONS_URL`, `TRUORA_IDENTITY_URL`, `TRUORA_ACCOUNT_URL` applied. */
export function endpointsFromEnv(env: Record<string, string | undefined> = process.env): Endpoints {
  return {
    validations: trimSlash(env.TRUORA_VALIDATIONS_URL) ?? PRODUCTION_ENDPOINTS.validations,
    identity: trimSlash(env.TRUORA_IDENTITY_URL) ?? PRODUCTION_ENDPOINTS.identity,
    account: trimSlash(env.TRUORA_ACCOUNT_URL) ?? PRODUCTION_ENDPOINTS.account
  }
}

function trimSlash(url: string | undefined): string | undefined {
  const value = url?.trim()
  return value ? value.replace(/\/+$/, '') : undefined
}
