// One valid argument list per contract channel: the IPC fuzz builds its malformed payloads on these,
// and the locked-session test calls every channel with them. Each must really pass its schema (the
// fuzz checks), so a call refused with these was refused for another reason than its payload.
/** One valid argument list per channel: the fuzz builds on these, so each must really pass its schema. */
export const VALID: Record<string, unknown[]> = {
  'operators:list': [],
  'operators:add': [{ name: 'Agent', apiKey: 'sim-key-123', passphrase: 'eight or more' }],
  'operators:check': ['abc-123'],
  'operators:remove': ['abc-123'],
  'operators:active': [],
  'session:status': [],
  'session:unlock': [{ operatorId: 'abc-123', passphrase: 'x' }],
  'session:lock': [],
  'session:report-activity': [],
  'session:choose-passphrase': [{ operatorId: 'abc-123', passphrase: 'eight or more' }],
  'preferences:get': [],
  'preferences:update': [{ lockAfterMinutes: 30 }],
  'activity:list': [{ limit: 10 }],
  'activity:export': [],
  'accounts:get': ['ACC123'],
  'accounts:search': [{ text: 'ana' }],
  'accounts:create': [{ first_name: 'Ana' }],
  'accounts:duplicates': [{ document_number: '1.234.567', country: 'CO' }],
  'accounts:validations': ['ACC123'],
  'accounts:processes': ['ACC123'],
  'accounts:process-link': [
    { accountId: 'ACC123', flowId: 'IPF123', redirectUrl: 'https://example.com/done' }
  ],
  'validations:get': ['VLD123'],
  'processes:result': ['IDP123'],
  'processes:pdf': ['IDP123'],
  'processes:save-pdf': ['IDP123'],
  'processes:open-pdf': ['IDP123'],
  'requests:cancel': ['r-1'],
  'sync:mirror': [],
  'sync:cancel': [],
  'sync:status': [],
  'outbox:list': [],
  'outbox:retry': ['ob-1'],
  'outbox:discard': ['ob-1'],
  'cache:stats': [],
  'cache:clear': [{ keepOutbox: true }],
  'cache:export': [{ format: 'csv' }],
  'connectivity:status': [],
  'connectivity:hint': ['offline'],
  'diagnostics:report': [],
  'diagnostics:open-logs': [],
  'links:open': ['https://identity.truora.com/?token=eyJhbGciOiJIUzI1NiJ9.e30.c2ln'],
  'onsite:capture': [
    {
      accountId: 'ACC123',
      type: 'face-recognition',
      country: 'CO',
      consent: { given: true, statement: 'onsite-consent-v1' },
      images: [
        {
          side: 'face',
          contentType: 'image/jpeg',
          bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array<number>(1020).fill(0)])
        }
      ]
    }
  ],
  'onsite:list': ['ACC123'],
  'onsite:retry': ['ob-1'],
  'onsite:discard': ['ob-1']
}
