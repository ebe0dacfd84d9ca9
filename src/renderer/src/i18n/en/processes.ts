// English messages for identity processes: the link handed over, its PDF, and the form that creates it; the reference shape es and pt-BR are typed against.
// Keep "@", "{", "}", "|" and "$" out of plain text: vue-i18n reads them as message syntax.
export const processes = {
  handoff: {
    start: 'Start identity process',
    heading: 'Hand the link over',
    scan: 'Ask the person to scan this code with their phone camera.',
    qrAlt: 'QR code of the identity-process link for account {id}',
    expiresIn: 'Expires in {time}',
    expired: 'This link has expired. Create another one.',
    whatsapp: 'Send by WhatsApp',
    whatsappMessage: 'Hello! Continue your identity validation here: {link}',
    noPhone: 'This account has no valid phone number to send the link to.',
    another: 'Create another link',
    close: 'Close',
    sessionLinks: 'Identity links created in this session',
    showQr: 'Show QR code'
  },
  pdf: {
    heading: 'Process PDF',
    get: 'Get PDF',
    asking: 'Asking Truora for the PDF…',
    making: 'Truora is making the PDF (check {attempt} of {max})…',
    downloading: 'Downloading the PDF…',
    ready: 'PDF ready ({size}), kept for offline use.',
    keptOffline: 'PDF kept on this computer ({size}, {time}).',
    save: 'Save PDF…',
    open: 'Open PDF',
    saved: 'Saved as {name}.',
    notCompleted: 'Only a finished identity process has a PDF.',
    notReady: 'Truora is still making the PDF. Try again in a few minutes.',
    notFound: 'Truora has no PDF for this process.'
  },
  processLink: {
    flowChoices: 'Used before:',
    heading: 'Start an identity process',
    intro: 'Creates a link the person opens to validate their identity. The link lasts about two hours.',
    flowId: 'Flow ID',
    flowIdHint: 'The Truora flow to run, e.g. IPF…',
    redirectUrl: 'Redirect address',
    redirectUrlHint: 'Where the person goes when they finish (https).',
    submit: 'Create link',
    creating: 'Creating link…',
    link: 'Identity process link',
    expires: 'Valid until {time}',
    open: 'Open in browser',
    offline: 'You are offline: a link can only come from Truora. It can be created once the network is back.'
  }
}

export type ProcessesMessages = typeof processes
