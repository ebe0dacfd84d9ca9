// The raw JSON of a validation or process masks document numbers, phones and e-mails until the agent
// reveals them (the screen of a shared laptop is seen by more than its operator), wherever Truora
// puts them.
import { describe, expect, it } from 'vitest'
import { maskEmail, maskPersonalData, maskPhone } from '@renderer/lib/mask'

describe('masking personal data in raw JSON', () => {
  it('masks phones and e-mails leaving enough to tell people apart', () => {
    expect(maskPhone('+573001234567')).toBe('+57•••••••567')
    expect(maskEmail('ana.perez@correo.co')).toBe('a•••@correo.co')
  })

  it('masks those fields at any depth and leaves everything else as Truora sent it', () => {
    const raw = {
      validation_id: 'VLD1',
      document_number: '1234567890',
      details: { phone_number: '+5541925972474', channel: 'sms' },
      validation_inputs: { country: 'BR', document_number: '52998224725' },
      user_response: { emails: ['thais@correo.co', 'other@example.com'] },
      first_name: 'Thaís'
    }
    const masked = maskPersonalData(raw) as typeof raw
    expect(masked.validation_id).toBe('VLD1')
    expect(masked.document_number).toBe('•••••••890')
    expect(masked.details).toEqual({ phone_number: '+55••••••••474', channel: 'sms' })
    expect(masked.validation_inputs).toEqual({ country: 'BR', document_number: '••••••••725' })
    expect(masked.user_response.emails).toEqual(['t•••@correo.co', 'o•••@example.com'])
    expect(masked.first_name).toBe('Thaís')
    const text = JSON.stringify(masked)
    for (const secret of ['1234567890', '52998224725', '5541925972474', 'thais@correo.co'])
      expect(text).not.toContain(secret)
    // The original is untouched: revealing shows it as it was.
    expect(raw.document_number).toBe('1234567890')
  })
})
