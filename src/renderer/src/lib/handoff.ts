// Handing the identity-process link to the person in front of the agent (Persona, Onfido and Sumsub
// do it by QR code and messaging, DESIGN.md §9): the link as a QR code, and as a WhatsApp message to
// the account's phone. The QR code is an SVG (crisp at any zoom, scannable from a laptop screen) shown
// as a `data:` image, which the CSP allows (`img-src 'self' data:`) — no script, no canvas.
import QRCode from 'qrcode'
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

/** An `<img>` source of the QR code of `text`: black on white, four modules of quiet zone. */
export async function qrImageSource(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' }
  })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/** The phone as E.164 (read with the account's country when written nationally), or undefined. */
export function e164Of(phone: unknown, country: unknown): string | undefined {
  if (typeof phone !== 'string' || phone.trim() === '') return undefined
  const region =
    typeof country === 'string' && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined
  try {
    const parsed = parsePhoneNumberFromString(phone, region as CountryCode | undefined)
    return parsed?.isValid() ? parsed.number : undefined
  } catch {
    return undefined
  }
}

/** `https://wa.me/<E.164 digits>?text=<message>`: the only WhatsApp shape main opens (links/external-url.ts). */
export function whatsappLink(e164: string, message: string): string {
  const url = new URL(`https://wa.me/${e164.replace(/\D/g, '')}`)
  url.searchParams.set('text', message)
  return url.href
}
