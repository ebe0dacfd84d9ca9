// Fault injection: what the network and Truora's servers do on a bad day, on demand and repeatable.
// Rules are checked in the order they were added; a `next(n)` rule is used up after n matching
// requests, a `share(ratio)` rule hits a fixed, deterministic share of matching requests.

export type Fault =
  /** Answer with this status; `body` is sent raw (HTML, truncated JSON…), else Truora's error body. */
  | { status: number; body?: string; retryAfter?: number }
  /** Answer normally, this much later. */
  | { latencyMs: number }
  /** Destroy the socket without answering, before the request is processed. */
  | { reset: true }
  /** 200 with a truncated JSON body. */
  | { malformed: true }
  /** 429 "Max rate limit reached" (TRUORA_API.md "Errors"), with `Retry-After` when given. */
  | { rateLimit: true; retryAfter?: number }
  /** Never answer (the socket stays open): for timeout tests. */
  | { hang: true }
  /**
   * Process the request (a POST creates its account), then lose the answer: `hang` never answers,
   * `reset` destroys the socket. For "the POST timed out after it was sent".
   */
  | { afterProcessing: 'hang' | 'reset' }

export type ApiName = 'validations' | 'identity' | 'account'

/** Which requests a rule applies to; every given field must match. */
export interface FaultMatch {
  method?: string
  /** Compared with the API path, e.g. `/v1/accounts` (without the simulator's host prefix). */
  pathPrefix?: string
  api?: ApiName
}

export interface RequestInfo {
  method: string
  path: string
  /** Undefined when the path is under none of the three API prefixes. */
  api: ApiName | undefined
}

export interface FaultControl {
  /** Applies `fault` to the next `n` matching requests. */
  next(n: number, fault: Fault, match?: FaultMatch): void
  /** Applies `fault` to `ratio` (0–1) of matching requests: exactly 1 in 4 for 0.25, spread evenly. */
  share(ratio: number, fault: Fault, match?: FaultMatch): void
  /** Removes every rule and the global latency. */
  clear(): void
  /** Added to every answer, in ms. */
  latencyMs: number
}

interface Rule {
  fault: Fault
  match: FaultMatch
  /** Requests left for a `next` rule. */
  remaining?: number
  /** For a `share` rule: the ratio and how many matching requests it has seen. */
  ratio?: number
  seen: number
}

/** Whether a request is one `match` names (a fault rule's, or a test counting requests). */
export function matchesRequest(match: FaultMatch, request: RequestInfo): boolean {
  return (
    (match.method === undefined || match.method.toUpperCase() === request.method) &&
    (match.pathPrefix === undefined || request.path.startsWith(match.pathPrefix)) &&
    (match.api === undefined || match.api === request.api)
  )
}

export class Faults implements FaultControl {
  latencyMs: number
  private rules: Rule[] = []

  constructor(latencyMs = 0) {
    this.latencyMs = latencyMs
  }

  next(n: number, fault: Fault, match: FaultMatch = {}): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`faults.next: n must be a positive integer, got ${n}`)
    this.rules.push({ fault, match, remaining: n, seen: 0 })
  }

  share(ratio: number, fault: Fault, match: FaultMatch = {}): void {
    if (!(ratio > 0 && ratio <= 1)) throw new Error(`faults.share: ratio must be in (0, 1], got ${ratio}`)
    this.rules.push({ fault, match, ratio, seen: 0 })
  }

  clear(): void {
    this.rules = []
    this.latencyMs = 0
  }

  /** The fault for this request, if any; counts it against the rule that fires. */
  take(request: RequestInfo): Fault | undefined {
    for (const rule of this.rules) {
      if (!matchesRequest(rule.match, request)) continue
      if (rule.remaining !== undefined) {
        rule.remaining--
        if (rule.remaining === 0) this.rules = this.rules.filter((other) => other !== rule)
        return rule.fault
      }
      const ratio = rule.ratio ?? 0
      rule.seen++
      // Fires when the running count of hits would step up: exactly `ratio` of requests, evenly spread.
      if (Math.floor(rule.seen * ratio) > Math.floor((rule.seen - 1) * ratio)) return rule.fault
    }
    return undefined
  }
}
