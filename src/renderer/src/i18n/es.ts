// Spanish messages, composed from one catalog per feature (./es/*), each typed against
// its English catalog, and the whole against `Messages`, so a missing key fails the type check.
import type { Messages } from './en'
import { common } from './es/common'
import { errors } from './es/errors'
import { accounts } from './es/accounts'
import { truoraCodes } from './es/truora-codes'
import { processes } from './es/processes'
import { creations } from './es/creations'
import { operators } from './es/operators'
import { settings } from './es/settings'
import { onsite } from './es/onsite'

const es: Messages = {
  ...common,
  ...errors,
  ...accounts,
  ...truoraCodes,
  ...processes,
  ...creations,
  ...operators,
  ...settings,
  ...onsite
}

export default es
