// Spanish messages for the settings view: settings, support and the activity log; typed against the English ones.
import type { SettingsMessages } from '../en/settings'

export const settings: SettingsMessages = {
  settings: {
    tryAgain: 'Reintentar',
    keychainReadable: 'El llavero ya se puede leer.',
    keychainProblemFor: 'Problema con el llavero de {name}',
    removeQueued:
      'También borra {count} creación que aún espera su envío a Truora: nunca se enviará. | También borra {count} creaciones que aún esperan su envío a Truora: nunca se enviarán.',
    removeQueuedUnknown:
      'Su caché local no se puede leer, así que las creaciones que esperan en ella no se pueden contar: las que haya también se borran y nunca se enviarán.',
    removeConfirmQueued: 'Quitar y perder {count} creación | Quitar y perder {count} creaciones',
    removeConfirmUnknown: 'Quitar y perderlas',
    recovered: 'Recuperado',
    recoveredHint: 'Restaurado desde su propia carpeta tras encontrarse dañada la lista de operadores.',
    heading: 'Operadores y ajustes',
    operators: 'Operadores',
    active: 'Activo',
    use: 'Cambiar a este operador',
    remove: 'Quitar',
    removeTitle: '¿Quitar el operador {name}?',
    removeBody:
      'Su clave de API se borra del llavero, y sus cuentas en caché y su registro de actividad, de este equipo. Las cuentas en Truora no se tocan.',
    removeConfirm: 'Quitar operador',
    cancel: 'Cancelar',
    addOperator: 'Agregar un operador',
    sync: 'Sincronizar todas las cuentas',
    syncIntro:
      'Copia todas las cuentas del operador activo a este equipo para que la búsqueda funcione sin conexión.',
    syncStart: 'Sincronizar todas las cuentas',
    syncResume: 'Reanudar la sincronización',
    syncCancel: 'Cancelar la sincronización',
    syncProgress: 'Progreso de la sincronización',
    syncHistory: 'Historial de {done} de {total} cuentas',
    syncRate: '{rate} cuentas/s',
    syncEta: 'faltan unos {eta}',
    syncState: {
      idle: 'Detenida',
      running: 'Sincronizando…',
      cancelled: 'Cancelada',
      failed: 'Fallida',
      done: 'Terminada'
    },
    lastSynced: 'Última sincronización {time}',
    neverSynced: 'Nunca sincronizado',
    cache: 'Caché local',
    cacheAccounts: 'Cuentas',
    cacheValidations: 'Validaciones',
    cacheProcesses: 'Procesos de identidad',
    cacheOutbox: 'Bandeja de salida',
    cacheSize: 'Tamaño en disco',
    clearCache: 'Vaciar la caché',
    clearTitle: '¿Vaciar la caché local?',
    clearBody:
      'Las cuentas y el historial en caché se borran de este equipo; se pueden volver a sincronizar.',
    keepOutbox: 'Conservar las cuentas que esperan en la bandeja de salida',
    clearConfirm: 'Vaciar la caché',
    cleared: 'Caché vaciada.',
    export: 'Exportar',
    exportCsv: 'Exportar CSV',
    exportJson: 'Exportar JSON',
    exported: 'Se guardó {file}: {count} cuentas.',
    language: 'Idioma',
    theme: 'Tema',
    themeLight: 'Claro',
    themeDark: 'Oscuro',
    themeSystem: 'Igual que el sistema',
    appearance: 'Idioma y apariencia',
    syncAccounts: '{count} cuentas | {count} cuenta | {count} cuentas',
    syncAccountsOf: '{count} de unas {total} cuentas',
    syncPages: '{count} páginas | {count} página | {count} páginas'
  },
  support: {
    heading: 'Soporte',
    intro:
      'Si algo falla, envíe a soporte el diagnóstico (versiones y cifras, sin datos personales ni claves) y los archivos de registro.',
    copy: 'Copiar diagnóstico',
    copied: 'Diagnóstico copiado. Péguelo en su mensaje a soporte.',
    copyFailed: 'No se pudo copiar el diagnóstico.',
    openLogs: 'Abrir la carpeta de registros',
    openLogsFailed: 'No se pudo abrir la carpeta de registros.'
  },
  activity: {
    heading: 'Actividad en este equipo',
    intro:
      'Lo que se hizo con la clave y los datos de este operador en este equipo, también sin conexión. Solo este operador puede leerlo.',
    empty: 'Aún no hay nada registrado.',
    unreadable: 'No se pudo leer {count} entrada (dañada). | No se pudieron leer {count} entradas (dañadas).',
    more: 'Mostrar más',
    export: 'Exportar actividad (CSV)',
    exported: 'Se guardó {file}: {count} entradas.',
    atLockScreen: 'en la pantalla de bloqueo',
    images: '{count} imagen | {count} imágenes',
    accounts: '{count} cuenta | {count} cuentas',
    days: '{count} día | {count} días',
    failures: '{count} incorrecta seguida | {count} incorrectas seguidas',
    viaOutbox: 'enviada desde la bandeja de salida',
    outboxKept: 'bandeja de salida conservada',
    reason: {
      start: 'inicio de la aplicación',
      operator: 'por el operador',
      idle: 'sin uso',
      system: 'equipo bloqueado o en reposo',
      removed: 'operador quitado',
      quit: 'aplicación cerrada'
    },
    action: {
      unlock: 'Desbloqueada',
      lock: 'Bloqueada',
      unlock_failed: 'Frase de contraseña incorrecta',
      passphrase_set: 'Frase de contraseña elegida',
      operator_added: 'Operador agregado',
      operator_removed: 'Operador quitado',
      account_opened: 'Cuenta abierta',
      account_created: 'Cuenta creada',
      account_queued: 'Cuenta en espera de envío',
      link_created: 'Enlace de identidad creado',
      pdf_saved: 'PDF del proceso guardado',
      export: 'Caché exportada',
      activity_exported: 'Actividad exportada',
      cache_cleared: 'Caché vaciada',
      retention_applied: 'Datos antiguos en caché olvidados',
      validation_captured: 'Consentimiento registrado, imágenes capturadas para una validación',
      validation_sent: 'Imágenes de validación enviadas a Truora'
    }
  }
}
