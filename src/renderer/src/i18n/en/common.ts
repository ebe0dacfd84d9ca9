// English messages for app shell: name, views, navigation, connectivity, freshness and the small shared widgets; the reference shape es and pt-BR are typed against.
// Keep "@", "{", "}", "|" and "$" out of plain text: vue-i18n reads them as message syntax.
export const common = {
  app: {
    name: 'Truora Account Lookup',
    skipToContent: 'Skip to content',
    mainNav: 'Main navigation',
    loading: 'Loading…'
  },
  views: {
    pending: 'Pending account',
    setup: 'First-time setup',
    search: 'Search',
    account: 'Account',
    create: 'New account',
    outbox: 'Outbox',
    settings: 'Operators and settings',
    notFound: 'Page not found',
    lock: 'Locked'
  },
  nav: {
    search: 'Search',
    create: 'New account',
    outbox: 'Outbox',
    settings: 'Settings',
    outboxBadge: '{count} waiting to be sent',
    operator: 'Operator: {name}',
    shortcut: 'Ctrl+K searches',
    lock: 'Lock',
    lockShortcut: 'Lock now (Ctrl+L)'
  },
  connectivity: {
    online: 'Online',
    offline: 'Offline',
    unknown: 'Checking connection…',
    label: 'Connection'
  },
  freshness: {
    network: 'From Truora {age}',
    cache: 'Cached {age}',
    justNow: 'just now',
    stale: 'may be out of date',
    refresh: 'Refresh',
    refreshing: 'Refreshing…'
  },
  copy: {
    copy: 'Copy',
    copyLabel: 'Copy {what}',
    copied: 'Copied to the clipboard.',
    failed: 'Could not copy: select the text and copy it by hand.'
  },
  date: {
    day: 'dd',
    month: 'mm',
    year: 'yyyy'
  },
  notFound: {
    body: 'This page does not exist.',
    home: 'Go to search'
  }
}

export type CommonMessages = typeof common
