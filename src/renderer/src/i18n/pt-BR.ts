// Brazilian Portuguese messages, composed from one catalog per feature (./pt-BR/*), each typed against
// its English catalog, and the whole against `Messages`, so a missing key fails the type check.
import type { Messages } from './en'
import { common } from './pt-BR/common'
import { errors } from './pt-BR/errors'
import { accounts } from './pt-BR/accounts'
import { truoraCodes } from './pt-BR/truora-codes'
import { processes } from './pt-BR/processes'
import { creations } from './pt-BR/creations'
import { operators } from './pt-BR/operators'
import { settings } from './pt-BR/settings'
import { onsite } from './pt-BR/onsite'

const ptBR: Messages = {
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

export default ptBR
