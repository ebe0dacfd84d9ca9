// Document numbers, phones and e-mails are personal data (DESIGN.md §4): shown masked by default, with
// only a few characters visible so the operator can still tell two people apart.
const VISIBLE = 3

export function maskDocument(value: string): string {
  const visible = value.length > VISIBLE + 1 ? VISIBLE : Math.max(0, value.length - 2)
  return '•'.repeat(Math.max(value.length - visible, 1)) + value.slice(value.length - visible)
}

/** `+573001234567` → `+57•••••••567`: the country code and the last digits stay. */
export function maskPhone(value: string): string {
  const prefix = value.startsWith('+') ? value.slice(0, 3) : ''
  const rest = value.slice(prefix.length)
  return prefix + maskDocument(rest)
}

/** `ana.perez@correo.co` → `a•••@correo.co`: the first letter and the domain stay. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@')
  if (at <= 0) return maskDocument(value)
  return `${value.charAt(0)}•••${value.slice(at)}`
}

/** Field names Truora uses for those three, at any depth of a validation or process (docs/truora-api.md). */
const PERSONAL_FIELDS: [RegExp, (value: string) => string][] = [
  [/^(document_number|document_id|national_id|dni|cpf|rut|curp)$/i, maskDocument],
  [/^(phone|phone_number|cellphone|mobile|whatsapp_number)$/i, maskPhone],
  [/^(email|e_mail|emails)$/i, maskEmail]
]

/**
 * A copy of Truora's raw JSON with document numbers, phones and e-mails masked wherever they appear
 * (the detail panel shows it until the operator asks to reveal them). Lists of such values (`emails`)
 * are masked item by item.
 */
export function maskPersonalData(value: unknown, mask?: (text: string) => string): unknown {
  if (typeof value === 'string') return mask ? mask(value) : value
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, mask))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      const rule = PERSONAL_FIELDS.find(([pattern]) => pattern.test(key))
      return [key, maskPersonalData(field, rule ? rule[1] : mask)]
    })
  )
}
