// Spanish messages for app shell: name, views, navigation, connectivity, freshness and the small shared widgets; typed against the English ones.
import type { CommonMessages } from '../en/common'

export const common: CommonMessages = {
  app: {
    name: 'Truora Account Lookup',
    skipToContent: 'Saltar al contenido',
    mainNav: 'Navegación principal',
    loading: 'Cargando…'
  },
  views: {
    pending: 'Cuenta pendiente',
    setup: 'Configuración inicial',
    search: 'Búsqueda',
    account: 'Cuenta',
    create: 'Nueva cuenta',
    outbox: 'Bandeja de salida',
    settings: 'Operadores y ajustes',
    notFound: 'Página no encontrada',
    lock: 'Bloqueada'
  },
  nav: {
    search: 'Buscar',
    create: 'Nueva cuenta',
    outbox: 'Bandeja de salida',
    settings: 'Ajustes',
    outboxBadge: '{count} por enviar',
    operator: 'Operador: {name}',
    shortcut: 'Ctrl+K para buscar',
    lock: 'Bloquear',
    lockShortcut: 'Bloquear ahora (Ctrl+L)'
  },
  connectivity: {
    online: 'En línea',
    offline: 'Sin conexión',
    unknown: 'Comprobando la conexión…',
    label: 'Conexión'
  },
  freshness: {
    network: 'De Truora {age}',
    cache: 'En caché {age}',
    justNow: 'ahora mismo',
    stale: 'puede estar desactualizado',
    refresh: 'Actualizar',
    refreshing: 'Actualizando…'
  },
  copy: {
    copy: 'Copiar',
    copyLabel: 'Copiar {what}',
    copied: 'Copiado al portapapeles.',
    failed: 'No se pudo copiar: seleccione el texto y cópielo a mano.'
  },
  date: {
    day: 'dd',
    month: 'mm',
    year: 'aaaa'
  },
  notFound: {
    body: 'Esta página no existe.',
    home: 'Ir a la búsqueda'
  }
}
