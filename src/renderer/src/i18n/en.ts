// English messages, composed from one catalog per feature (./en/*): the reference shape that es and
// pt-BR are typed against, catalog by catalog and as a whole, so a missing key fails the type check.
import { common } from './en/common'
import { errors } from './en/errors'
import { accounts } from './en/accounts'
import { truoraCodes } from './en/truora-codes'
import { processes } from './en/processes'
import { creations } from './en/creations'
import { operators } from './en/operators'
import { settings } from './en/settings'
import { onsite } from './en/onsite'

const en = {
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

export default en
export type Messages = typeof en
