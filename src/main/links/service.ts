// `links.open`: a Truora link in the system browser, and nothing else (checklist 15, "Do not use
// shell.openExternal with untrusted content").
import type { Calls } from '@shared/contract'
import { fail, type Result } from '@shared/result'
import { isSafeExternalUrl } from './external-url'

export function linksService(
  openInBrowser: ((url: string) => Promise<Result<null>>) | undefined
): Calls['links'] {
  return {
    async open(url) {
      if (!isSafeExternalUrl(url) || !openInBrowser) {
        return fail(
          'forbidden',
          'Only https links to Truora, and WhatsApp hand-offs of them, can be opened from the app.'
        )
      }
      return openInBrowser(url)
    }
  }
}
