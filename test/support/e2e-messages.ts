// The app's own messages, so specs assert what the operator reads in each language without copying it.
import en from '../../src/renderer/src/i18n/en'
import es from '../../src/renderer/src/i18n/es'
import ptBR from '../../src/renderer/src/i18n/pt-BR'
import type { HostLocale } from '../../tools/browser-host/host'

const MESSAGES = { en, es, 'pt-BR': ptBR } as const

/** The message `key` in `locale` with `{name}` placeholders filled. */
export function message(
  locale: HostLocale,
  key: string,
  params: Record<string, string | number> = {}
): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], MESSAGES[locale])
  if (typeof found !== 'string') throw new Error(`no message ${key} in ${locale}`)
  return found.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}

/** The text before a message's first placeholder: enough to recognise it whatever fills it. */
export function messageStart(locale: HostLocale, key: string): string {
  return message(locale, key).split('{')[0]!.trim()
}

/**
 * A RegExp matching message `key` whatever fills it: each `{name}` matches `params[name]` (a RegExp
 * source) or any text. `form` picks one form of a plural message (`a | b | c`), the last by default.
 */
export function messagePattern(
  locale: HostLocale,
  key: string,
  params: Record<string, string> = {},
  form?: number
): RegExp {
  const forms = message(locale, key).split(' | ')
  const text = forms[form ?? forms.length - 1]!
  const source = text
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1]
      if (name !== undefined) return params[name] ?? '.+?'
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return new RegExp(source)
}
