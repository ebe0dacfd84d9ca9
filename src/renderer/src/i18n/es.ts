// Spanish messages; typed against the English ones so a missing key fails the type check.
import type { Messages } from './en'

const es: Messages = {
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
  errors: {
    keychain: {
      locked:
        'El llavero del sistema está bloqueado, así que las claves de este operador no se pueden leer ahora. No se ha perdido nada: desbloquee el llavero (el de su sesión) y reintente.',
      unreachable:
        'No se puede acceder al llavero del sistema. Compruebe que esté en marcha y desbloqueado, y reintente. No se ha perdido nada.',
      data_key_missing:
        'El llavero ya no guarda la clave de la caché local de este operador, así que la caché no se puede leer; su archivo se conserva tal cual. Si se restaura el llavero, reintente. Quitar el operador borraría la caché y las creaciones pendientes que contenga.',
      api_key_missing:
        'El llavero ya no guarda la clave de API de este operador, así que no se puede enviar nada a Truora. Su caché y sus creaciones pendientes se conservan. Quitar el operador las borraría.',
      secrets_missing:
        'El llavero está abierto pero no guarda ninguna de las claves de este operador, así que su caché local no se puede leer; su archivo se conserva tal cual. Si se restaura el llavero, reintente. Quitar el operador borraría la caché y las creaciones pendientes que contenga.'
    },
    disk: 'El disco rechazó la escritura ({errno}). Libere espacio o compruebe que se pueda escribir en la carpeta de datos de la aplicación, y reintente.',
    invalid_input: 'Algunos campos no son válidos. Revise los campos marcados.',
    not_found: 'Truora no tiene ese registro.',
    unauthorized: 'Truora rechazó la clave de API. Compruebe que esté completa y no haya vencido.',
    forbidden: 'Esta clave de API no tiene permiso para eso. Consulte a su administrador de Truora.',
    conflict: 'Ya existe una cuenta con este ID.',
    rate_limited: 'Truora está limitando las solicitudes. Espere un momento y vuelva a intentarlo.',
    server: 'Truora tuvo un problema al responder. Inténtelo de nuevo en unos minutos.',
    offline: 'No hay conexión. Revise la red y vuelva a intentarlo.',
    timeout: 'Truora no respondió a tiempo. Revise la conexión y vuelva a intentarlo.',
    bad_response: 'Truora envió una respuesta que la aplicación no pudo leer.',
    keychain_unavailable:
      'El llavero del sistema está bloqueado o no disponible. Desbloquéelo (o vuelva a iniciar sesión) y reintente.',
    cache_corrupt: 'La copia local estaba dañada. Se apartó y se reconstruirá desde Truora.',
    no_operator: 'Primero agregue o elija un operador.',
    cancelled: 'La solicitud se canceló.',
    expired: 'Este enlace o proceso ha vencido.',
    internal: 'Algo falló dentro de la aplicación. Vuelva a intentarlo; si se repite, reiníciela.',
    locked: 'La aplicación está bloqueada. Desbloquéela con su frase de contraseña.',
    wrong_passphrase: 'Esa frase de contraseña no es la correcta.',
    unlockWait: 'Demasiadas frases incorrectas. Espere un momento antes de volver a intentarlo.',
    passphraseNeeded: 'Este operador se configuró antes de las frases de contraseña: elija una primero.',
    passphraseSet: 'Este operador ya tiene una frase de contraseña: desbloquee con ella.',
    reasons: {
      export:
        'No se pudo preparar la exportación con los datos en caché, así que no se guardó nada. Vuelva a intentarlo; si se repite, reinicie la aplicación.',
      too_large:
        'Truora envió una respuesta mucho más grande de lo esperado, así que la aplicación no la leyó. Inténtelo más tarde.',
      egress:
        'La respuesta de Truora apuntaba a una dirección fuera de Truora, así que la aplicación no la siguió ni envió allí su clave.',
      too_many_pages:
        'La sincronización se detuvo: Truora siguió enviando más páginas de las que tiene cualquier lista de cuentas. Se conserva lo copiado.',
      no_new_accounts:
        'La sincronización se detuvo: Truora siguió enviando páginas sin ninguna cuenta nueva. Se conserva lo copiado.',
      repeated_page:
        'La sincronización se detuvo: Truora envió la misma página dos veces. Se conserva lo copiado.'
    },
    dismiss: 'Cerrar',
    notifications: 'Notificaciones',
    cacheCorrupt: 'La caché local de este operador estaba dañada. Se apartó y se reconstruirá desde Truora.',
    cacheCorruptOutboxKept:
      'La caché local de este operador estaba dañada. Se apartó y se reconstruirá desde Truora. Las creaciones pendientes de envío se conservaron ({count}) y se enviarán.'
  },
  validation: {
    imageTooSmall: 'La imagen es demasiado pequeña para ser una foto.',
    imageTooLarge: 'La imagen pesa más de 8 MB.',
    imageSides: 'Tome todas las fotos que necesita esta validación.',
    imageType: 'Solo se pueden enviar fotos JPEG y PNG.',
    required: 'Este campo es obligatorio.',
    tooLong: 'Es demasiado largo.',
    accountIdPattern: 'Use solo letras, dígitos, puntos, guiones y guiones bajos.',
    operatorId: 'No es un operador válido.',
    apiKeyShort: 'La clave de API parece demasiado corta: pegue la clave completa.',
    apiKeyChars: 'Una clave de API no tiene espacios ni caracteres especiales: péguela de nuevo.',
    email: 'Escriba un correo electrónico válido.',
    country: 'Elija un país de la lista.',
    documentNumber: 'Use solo letras, dígitos, puntos y guiones.',
    documentType: 'Elija un tipo de documento.',
    date: 'Escriba una fecha válida.',
    dateInFuture: 'La fecha no puede ser futura.',
    phone: 'No es un número de teléfono válido para este país.',
    flowId: 'Un ID de flujo empieza por IPF.',
    redirectUrl: 'Escriba una dirección segura (https).',
    outboxId: 'No es un elemento válido de la bandeja de salida.',
    passphraseShort: 'Use al menos 8 caracteres.',
    passphraseMismatch: 'Las dos frases no son iguales.',
    hiddenChars: 'Quite los caracteres invisibles o de control (suelen venir con el texto pegado).',
    invalid: 'Este valor no es válido.'
  },
  freshness: {
    network: 'De Truora {age}',
    cache: 'En caché {age}',
    justNow: 'ahora mismo',
    stale: 'puede estar desactualizado',
    refresh: 'Actualizar',
    refreshing: 'Actualizando…'
  },
  operatorForm: {
    name: 'Nombre del operador',
    nameHint: 'Cómo se muestra este perfil, p. ej. su nombre u oficina.',
    apiKey: 'Clave de API de Truora',
    apiKeyHint:
      'Se guarda en el llavero de este equipo, cerrada con la frase de contraseña de abajo; solo sale para llamar a Truora.',
    showKey: 'Mostrar clave',
    hideKey: 'Ocultar clave',
    submit: 'Guardar operador',
    saving: 'Comprobando la clave con Truora…',
    added: 'Operador {name} agregado.',
    clientId: 'Cliente de Truora',
    keyExpires: 'La clave vence',
    expiresSoon: 'Esta clave vence pronto ({date}). Pida una nueva a Truora antes de esa fecha.'
  },
  setup: {
    heading: 'Bienvenido',
    intro:
      'Para buscar y crear cuentas, agregue la clave de API de Truora que le dieron. Puede agregar más operadores después en Ajustes.',
    continue: 'Empezar a buscar'
  },
  search: {
    processBelongs: 'El proceso {id} pertenece a la cuenta {account}.',
    validationBelongs: 'La validación {id} pertenece a la cuenta {account}.',
    processNotFound: 'Truora no tiene ningún proceso con el ID {id}.',
    validationNotFound: 'Truora no tiene ninguna validación con el ID {id}.',
    matched: {
      account_id: 'ID de cuenta',
      name: 'Nombre',
      email: 'Correo',
      document_number: 'Documento',
      phone_number: 'Teléfono',
      process: 'Proceso',
      validation: 'Validación',
      flow: 'Flujo'
    },
    label: 'Buscar cuentas',
    placeholder: 'Nombre, ID de cuenta, documento o teléfono',
    filters: 'Filtros',
    country: 'País',
    documentType: 'Tipo de documento',
    status: 'Último estado',
    createdFrom: 'Creada desde',
    createdTo: 'Creada hasta',
    any: 'Cualquiera',
    clearFilters: 'Quitar filtros',
    results: '{count} cuentas | {count} cuenta | {count} cuentas',
    resultsLabel: 'Cuentas en caché',
    emptyCache: 'Aún no hay nada en caché. Busque un ID de cuenta o sincronice todas las cuentas en Ajustes.',
    noMatch: 'Ninguna cuenta en caché coincide con «{text}».',
    loading: 'Buscando…',
    offlineNote: 'Está sin conexión: se muestran las cuentas guardadas en este equipo.',
    lookupHeading: 'Búsqueda por ID de cuenta',
    lookupLoading: 'Consultando {id} en Truora…',
    lookupNotFound: 'Truora no tiene ninguna cuenta con el ID {id}.',
    lookupOfflineMissing: 'Está sin conexión y esta cuenta aún no está en caché.',
    lookupOfflineHint: 'Se encontrará cuando vuelva la conexión.',
    open: 'Abrir cuenta',
    cachedAge: 'en caché {age}',
    noName: 'Sin nombre',
    noMatchFilters: 'Ninguna cuenta en caché coincide con estos filtros.',
    networkAge: 'de Truora {age}'
  },
  account: {
    heading: 'Cuenta {id}',
    names: 'Nombre',
    ids: 'Identificadores',
    accountId: 'ID de cuenta',
    clientId: 'ID de cliente',
    contact: 'Contacto',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    facebook: 'Facebook',
    twitter: 'Twitter',
    document: 'Documento',
    documentType: 'Tipo',
    documentNumber: 'Número',
    documentIssueDate: 'Expedición',
    country: 'País',
    created: 'Creada',
    updated: 'Actualizada',
    none: '—',
    loading: 'Cargando la cuenta…',
    back: 'Volver a la búsqueda',
    history: 'Historial',
    historyEmpty: 'Aún no hay validaciones ni procesos de identidad.',
    historyLoading: 'Cargando el historial…',
    validation: 'Validación',
    process: 'Proceso de identidad',
    channel: 'vía {channel}',
    declined: 'Rechazado: {reason}',
    failureStatus: 'Fallo: {status}',
    declinedReason: 'Motivo del rechazo',
    status: 'Estado',
    details: 'Detalles',
    detailsOf: 'Detalles de {id}',
    closeDetails: 'Cerrar detalles',
    rawJson: 'Datos sin procesar (JSON)',
    copyJson: 'Copiar JSON',
    remainingRetries: 'Reintentos restantes',
    flowId: 'Flujo',
    validations: 'Validaciones',
    latest: 'Último resultado:',
    noVerdict: 'Aún no hay validaciones ni procesos de identidad.',
    processes: 'Procesos de identidad',
    historyFilters: 'Filtrar el historial',
    filterKind: 'Tipo',
    filterAll: 'Todos',
    historyCount: '{count} registros | {count} registro | {count} registros',
    historyShown: 'Se muestran {shown} de {total}',
    historyNoMatch: 'Ningún registro del historial coincide con estos filtros.',
    validationType: 'Tipo',
    failureStatusLabel: 'Fallo',
    showPersonal: 'Mostrar datos personales',
    hidePersonal: 'Ocultar datos personales',
    personalMasked: 'Los números de documento, teléfonos y correos están ocultos hasta que los muestre.'
  },
  copy: {
    copy: 'Copiar',
    copyLabel: 'Copiar {what}',
    copied: 'Copiado al portapapeles.',
    failed: 'No se pudo copiar: seleccione el texto y cópielo a mano.'
  },
  document: {
    show: 'Mostrar número de documento',
    hide: 'Ocultar número de documento',
    masked: 'Número de documento oculto'
  },
  status: {
    success: 'Exitoso',
    pending: 'Pendiente',
    failure: 'Fallido',
    unknown: 'Desconocido'
  },
  date: {
    day: 'dd',
    month: 'mm',
    year: 'aaaa'
  },
  keyExpiry: {
    soon: 'Esta clave de API vence el {date}, en {count} días. Pida una nueva a Truora antes. | Esta clave de API vence el {date}, mañana. Pida una nueva a Truora antes. | Esta clave de API vence el {date}, en {count} días. Pida una nueva a Truora antes.',
    expired:
      'Esta clave de API venció el {date}: Truora la rechaza. Vuelva a agregar el operador con una clave nueva.',
    soonShort: 'La clave vence en {count} días | La clave vence mañana | La clave vence en {count} días',
    expiredShort: 'Clave vencida'
  },
  validationTypes: {
    'face-recognition': 'Reconocimiento facial',
    'document-validation': 'Validación de documento',
    'electronic-signature': 'Firma electrónica',
    'phone-verification': 'Verificación de teléfono',
    'email-verification': 'Verificación de correo'
  },
  failureStatuses: {
    declined: 'Rechazada',
    expired: 'Venció antes de que la persona terminara',
    system_error: 'Error en Truora'
  },
  declinedReasons: {
    face_not_detected: 'No se detectó un rostro',
    similarity_threshold_not_passed: 'Los rostros no se parecen lo suficiente',
    passive_liveness_failed: 'Falló la prueba de vida',
    geolocation_denied: 'Se negó el permiso de ubicación',
    document_expired: 'El documento está vencido',
    invalid_document: 'El documento no es válido',
    photo_of_photo: 'Foto de una foto',
    data_mismatch: 'Los datos no coinciden',
    underage: 'Menor de edad',
    signature_rejected: 'Firma rechazada',
    otp_not_verified: 'No se confirmó el código de un solo uso',
    invalid_code: 'Código incorrecto',
    phone_mismatch: 'El teléfono no coincide',
    email_not_verified: 'No se confirmó el correo',
    face_mismatch: 'El rostro no coincide con el documento',
    blacklisted: 'En una lista restrictiva'
  },
  channels: {
    web: 'web',
    whatsapp: 'WhatsApp'
  },
  documentTypes: {
    'national-id': 'Documento nacional de identidad',
    'foreign-id': 'Documento de extranjero',
    'identity-card': 'Tarjeta de identidad',
    passport: 'Pasaporte'
  },
  handoff: {
    start: 'Iniciar proceso de identidad',
    heading: 'Entregar el enlace',
    scan: 'Pida a la persona que escanee este código con la cámara de su teléfono.',
    qrAlt: 'Código QR del enlace del proceso de identidad de la cuenta {id}',
    expiresIn: 'Vence en {time}',
    expired: 'Este enlace venció. Cree otro.',
    whatsapp: 'Enviar por WhatsApp',
    whatsappMessage: '¡Hola! Continúa tu validación de identidad aquí: {link}',
    noPhone: 'Esta cuenta no tiene un teléfono válido al que enviar el enlace.',
    another: 'Crear otro enlace',
    close: 'Cerrar',
    sessionLinks: 'Enlaces de identidad creados en esta sesión',
    showQr: 'Mostrar código QR'
  },
  duplicates: {
    heading: 'Posibles duplicados | Posible duplicado | Posibles duplicados ({count})',
    intro:
      'Estas cuentas en caché o creaciones en cola parecen ser la misma persona. Abra una en lugar de crearla de nuevo.',
    field: { document: 'número de documento', phone: 'teléfono', email: 'correo' },
    same: 'Mismo {fields}',
    confirmTitle: '¿Crear de todos modos?',
    confirmBody:
      'Ninguna cuenta se parece a esta persona. | Ya hay una cuenta que parece ser esta persona. ¿Crear otra de todos modos? | Ya hay {count} cuentas que parecen ser esta persona. ¿Crear otra de todos modos?',
    confirm: 'Crear de todos modos'
  },
  pending: {
    queuedAge: 'en cola {age}',
    heading: 'Cuenta pendiente',
    chip: 'Pendiente',
    note: 'Esta cuenta espera en la bandeja de salida y aún no está en Truora. Truora le dará un ID cuando se envíe.',
    noteWithId:
      'Esta cuenta espera en la bandeja de salida y aún no está en Truora. Se creará cuando vuelva la conexión.',
    data: 'Lo que quedó en cola',
    gone: 'Esta creación ya no está en la bandeja de salida. Busque a la persona para encontrar la cuenta.'
  },
  pdf: {
    heading: 'PDF del proceso',
    get: 'Obtener PDF',
    asking: 'Pidiendo el PDF a Truora…',
    making: 'Truora está generando el PDF (consulta {attempt} de {max})…',
    downloading: 'Descargando el PDF…',
    ready: 'PDF listo ({size}), guardado para usarlo sin conexión.',
    keptOffline: 'PDF guardado en este equipo ({size}, {time}).',
    save: 'Guardar PDF…',
    open: 'Abrir PDF',
    saved: 'Guardado como {name}.',
    notCompleted: 'Solo un proceso de identidad terminado tiene PDF.',
    notReady: 'Truora aún está generando el PDF. Intente de nuevo en unos minutos.',
    notFound: 'Truora no tiene un PDF de este proceso.'
  },
  processLink: {
    flowChoices: 'Usados antes:',
    heading: 'Iniciar un proceso de identidad',
    intro: 'Crea un enlace que la persona abre para validar su identidad. El enlace dura unas dos horas.',
    flowId: 'ID de flujo',
    flowIdHint: 'El flujo de Truora que se ejecuta, p. ej. IPF…',
    redirectUrl: 'Dirección de retorno',
    redirectUrlHint: 'A dónde va la persona al terminar (https).',
    submit: 'Crear enlace',
    creating: 'Creando el enlace…',
    link: 'Enlace del proceso de identidad',
    expires: 'Válido hasta {time}',
    open: 'Abrir en el navegador',
    offline:
      'Está sin conexión: el enlace solo puede venir de Truora. Podrá crearlo cuando vuelva la conexión.'
  },
  create: {
    emptyTitle: '¿Crear una cuenta vacía?',
    emptyBody:
      'No se ingresó ningún ID ni dato. Truora creará una cuenta solo con un ID generado. ¿Crearla de todos modos?',
    emptyConfirm: 'Crear cuenta vacía',
    heading: 'Nueva cuenta',
    idChoice: '¿Cómo se identifica esta cuenta?',
    idOwn: 'Su propio ID de usuario',
    idOwnHelp: 'Use el ID que su organización ya tiene para esta persona, para que ambos sistemas coincidan.',
    idGenerated: 'Generado por Truora',
    idGeneratedHelp: 'Truora crea un ID nuevo (empieza por ACC) cuando se envía la cuenta.',
    idPerson: 'A partir del documento de la persona',
    idPersonHelp:
      'El ID se forma con el país y el número de documento, así la misma persona siempre tiene la misma cuenta.',
    idPreview: 'ID de cuenta: {id}',
    idPreviewMissing: 'Escriba el país y el número de documento para formar el ID.',
    accountId: 'ID de cuenta',
    person: 'Persona',
    firstName: 'Nombres',
    lastName: 'Apellidos',
    email: 'Correo electrónico',
    phone: 'Número de teléfono',
    phoneHint: 'Código de país +{code}',
    phoneHintNone: 'Incluya el código de país, p. ej. +57…',
    documentSection: 'Documento',
    country: 'País',
    countryPlaceholder: 'Escriba para buscar países',
    countryNone: 'Ningún país coincide.',
    countryShowAll: 'Mostrar todos los países',
    documentType: 'Tipo de documento',
    documentTypeNone: 'Sin indicar',
    documentNumber: 'Número de documento',
    documentIssueDate: 'Fecha de expedición',
    social: 'Redes sociales',
    facebook: 'Usuario de Facebook',
    twitter: 'Usuario de Twitter',
    submit: 'Crear cuenta',
    submitting: 'Creando…',
    created: 'Cuenta {id} creada.',
    queued:
      'Está sin conexión: la cuenta se guardó en la bandeja de salida y se enviará cuando vuelva la red.',
    conflict: 'Ya existe una cuenta con este ID.',
    openExisting: 'Abrir la cuenta existente',
    fixErrors: 'Corrija primero los campos marcados.',
    offlineNote:
      'Está sin conexión: la cuenta se guardará en la bandeja de salida y se enviará cuando vuelva la conexión.',
    submitOffline: 'Guardar para enviar después',
    unknownOutcome:
      'Es posible que Truora haya creado esta cuenta, pero su respuesta se perdió por el camino.',
    unknownOutcomeHint: 'Busque a la persona antes de volver a crear la cuenta, para que no quede con dos.',
    searchPerson: 'Buscar a esta persona'
  },
  outbox: {
    sentToast: 'La cuenta en cola se creó en Truora como {id}.',
    heading: 'Bandeja de salida',
    intro:
      'Las cuentas creadas y las validaciones en sitio capturadas sin conexión esperan aquí, y se envían en orden cuando vuelve la red.',
    empty: 'No hay nada pendiente de envío.',
    pending: 'Pendiente',
    sending: 'Enviando',
    failed: 'Fallido',
    attempts: 'Intentos: {count}',
    createdAt: 'Creada {time}',
    nextAttempt: 'Próximo intento {time}',
    retry: 'Reintentar ahora',
    discard: 'Descartar',
    discardTitle: '¿Descartar esta cuenta?',
    discardBody: 'La cuenta «{name}» nunca se envió a Truora. Al descartarla se borra definitivamente.',
    discardConfirm: 'Descartar',
    cancel: 'Cancelar',
    generatedId: 'ID generado por Truora',
    refused:
      'Truora rechazó los datos de esta cuenta. Descártela y créela de nuevo con los datos corregidos.',
    conflict:
      'Ya existe en Truora una cuenta con este ID. Ábrala: si es esta persona, descarte esta; si no, créela de nuevo con otro ID.',
    openExisting: 'Abrir la cuenta existente',
    uncertain:
      'Puede que Truora ya haya creado esta cuenta: la aplicación se cerró, o perdió la respuesta de Truora, mientras la enviaba. Busque primero a la persona (Sincronizar todas las cuentas en Ajustes, y luego busque). Si la encuentra, descarte esta; si no, reintente.',
    discardUncertainBody:
      'Puede que Truora ya haya creado la cuenta «{name}». Al descartarla solo se quita de esta lista.',
    searchPerson: 'Buscar a esta persona'
  },
  settings: {
    tryAgain: 'Reintentar',
    keychainReadable: 'El llavero ya se puede leer.',
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
      'Si algo falla, envía a soporte el diagnóstico (versiones y cifras, sin datos personales ni claves) y los archivos de registro.',
    copy: 'Copiar diagnóstico',
    copied: 'Diagnóstico copiado. Pégalo en tu mensaje a soporte.',
    copyFailed: 'No se pudo copiar el diagnóstico.',
    openLogs: 'Abrir la carpeta de registros',
    openLogsFailed: 'No se pudo abrir la carpeta de registros.'
  },
  passphrase: {
    label: 'Frase de contraseña',
    confirm: 'Escriba la frase otra vez',
    show: 'Mostrar',
    hide: 'Ocultar',
    hint: 'Al menos 8 caracteres: unas cuantas palabras se recuerdan mejor y se adivinan peor. Se escribe cada vez que abre la aplicación, y otra vez tras {minutes} minutos sin uso.',
    forgetWarning:
      'Una frase de contraseña no se puede recuperar. Si se olvida, la única salida es quitar el operador y volver a añadir la clave de API, perdiendo lo guardado en caché en este equipo y las creaciones que aún esperan envío.',
    strength: {
      label: 'Fortaleza (estimada):',
      too_short: 'demasiado corta',
      weak: 'débil: fácil de adivinar',
      fair: 'regular: añada una o dos palabras',
      good: 'buena',
      strong: 'fuerte'
    }
  },
  lock: {
    heading: 'Bloqueada',
    who: '¿Quién está trabajando?',
    needsPassphrase: 'Elegir frase de contraseña',
    passphraseFor: 'Frase de contraseña de {name}',
    unlock: 'Desbloquear',
    unlocking: 'Desbloqueando…',
    wrong: 'Esa frase de contraseña no es la correcta. Vuelva a intentarlo.',
    wrongWait:
      'Esa frase de contraseña no es la correcta. Tras varias incorrectas hay que esperar: vuelva a intentarlo en {time}.',
    waitFor: 'Demasiadas frases incorrectas: vuelva a intentarlo en {time}.',
    forgot: '¿Olvidó la frase de contraseña?',
    addOperator: 'Añadir un operador',
    reason: {
      start: 'La clave y las cuentas en caché de cada operador solo se abren con su frase de contraseña.',
      idle: 'Bloqueada tras {minutes} minutos sin uso. No se ha perdido nada: desbloquee para seguir.',
      system: 'Bloqueada porque el equipo se bloqueó o entró en reposo.',
      operator: 'Bloqueada. Elija quién trabaja y escriba su frase de contraseña.',
      removed: 'Se quitó el operador. Elija quién trabaja.'
    }
  },
  migration: {
    heading: 'Elija una frase de contraseña para {name}',
    intro:
      'Este operador se configuró antes de las frases de contraseña. Elija una ahora: desde ya cierra la clave de API y las cuentas en caché de este operador en este equipo. No se pierde nada: la caché y las creaciones que esperan envío quedan como están.',
    submit: 'Guardar la frase y abrir',
    saving: 'Cerrando las claves con la frase…'
  },
  forgot: {
    title: '¿Olvidó la frase de contraseña de {name}?',
    body: 'Una frase de contraseña no se puede recuperar ni restablecer: nada más abre la clave y las cuentas en caché de este operador en este equipo. La única salida es quitar el operador y volver a añadir su clave de API de Truora. Quitarlo borra de este equipo las cuentas en caché y su historial (se pueden volver a sincronizar desde Truora) y el registro de actividad.',
    lossNone: 'No hay creaciones esperando envío, así que no se pierde ninguna.',
    lossQueued:
      'También borra {count} creación que aún espera envío a Truora: nunca se enviará. | También borra {count} creaciones que aún esperan envío a Truora: nunca se enviarán.',
    lossUnknown:
      'No se puede saber cuántas creaciones esperan envío: las que haya se borran también y nunca se enviarán.',
    confirm: 'Quitar a {name}'
  },
  security: {
    heading: 'Seguridad y privacidad',
    lockAfter: 'Bloquear tras un tiempo sin uso de',
    lockAfterHint:
      'También se bloquea al bloquear el equipo o entrar en reposo, y con el botón Bloquear (Ctrl+L).',
    minutes: '{count} minuto | {count} minutos',
    retention: 'Olvidar los datos personales en caché no actualizados en',
    retentionHint:
      'Se aplica al abrir la aplicación y cada día. Las creaciones que esperan envío se conservan siempre.',
    retentionOff: 'Nunca (conservarlos)',
    days: '{count} día | {count} días',
    saved: 'Guardado.'
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
      operator_added: 'Operador añadido',
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
  },
  onsite: {
    validateHere: 'Validar en este portátil',
    validateDocument: 'Validar documento',
    validateFace: 'Validar rostro',
    titleDocument: 'Validar el documento de la persona',
    titleFace: 'Validar el rostro de la persona',
    forQueuedAccount:
      'Para la cuenta que espera en la bandeja de salida: la validación se envía después de ella.',
    consentLead: 'Antes de capturar nada, léale esto a la persona y pregúntele si está de acuerdo:',
    consentDocument:
      'Para verificar su identidad, tomaremos fotos de ambas caras de su documento de identidad con la cámara de este portátil y las enviaremos a Truora, nuestro proveedor de verificación de identidad, que las revisa. Las fotos se guardan cifradas en este portátil solo hasta que Truora las tenga. ¿Está de acuerdo?',
    consentFace:
      'Para verificar su identidad, tomaremos una foto de su rostro con la cámara de este portátil y la enviaremos a Truora, nuestro proveedor de verificación de identidad, que la revisa. La foto se guarda cifrada en este portátil solo hasta que Truora la tenga. ¿Está de acuerdo?',
    consentGiven: 'La persona lo escuchó y está de acuerdo',
    chooseCountry: 'Elija el país',
    chooseDocumentType: 'Elija el tipo de documento',
    startCapture: 'Aceptar y empezar',
    cancel: 'Cancelar',
    stepOf: 'Foto {n} de {total}: {side}',
    sides: {
      front: 'el frente del documento',
      reverse: 'el reverso del documento',
      face: 'el rostro'
    },
    guide: {
      front: 'Coloque el frente del documento dentro del marco, plano y bien iluminado, sin reflejos.',
      reverse: 'Dé la vuelta al documento y coloque el reverso dentro del marco.',
      face: 'Pida a la persona que mire a la cámara con el rostro dentro del óvalo, sin gafas ni sombrero.'
    },
    livePreview: 'Vista de la cámara en vivo',
    previewOf: 'Foto tomada de {side}',
    cameraStarting: 'Iniciando la cámara…',
    camera: {
      denied: 'La cámara no está permitida. Elija un archivo de imagen.',
      missing: 'No se encontró ninguna cámara en este portátil. Elija un archivo de imagen.',
      unsupported: 'La cámara no se puede usar aquí. Elija un archivo de imagen.',
      failed: 'No se pudo iniciar la cámara. Inténtelo de nuevo o elija un archivo de imagen.'
    },
    cameraRetry: 'Probar la cámara de nuevo',
    take: 'Tomar foto',
    retake: 'Repetir',
    chooseFile: 'Elegir un archivo de imagen',
    imageProblems: {
      type: 'Elija una imagen JPEG o PNG.',
      tooLarge: 'La imagen pesa más de 8 MB. Elija una más pequeña.',
      tooSmall: 'La imagen es demasiado pequeña para ser una foto.',
      unreadable: 'No se pudo leer la imagen. Tome la foto de nuevo o elija otro archivo.'
    },
    back: 'Atrás',
    next: 'Siguiente',
    send: 'Enviar a Truora',
    saving: 'Guardando…',
    sending: 'Guardada y enviándose a Truora. El resultado aparece en el historial de la cuenta.',
    savedOffline: 'Guardada cifrada en este portátil. Se envía a Truora cuando vuelva la red.',
    close: 'Cerrar',
    onsite: 'en sitio',
    consentAt: 'Consentimiento {time}',
    steps: {
      queued: 'Guardada, esperando para enviarse',
      waiting_account: 'Esperando a que se cree la cuenta',
      creating: 'Creándola en Truora',
      uploading: 'Enviando las imágenes: {done} de {total}',
      awaiting_result: 'Esperando el resultado de Truora',
      failed: 'Detenida'
    },
    replaced:
      'un enlace venció, así que se envió de nuevo como una validación nueva | {count} enlaces vencieron, así que se envió de nuevo como una validación nueva',
    errors: {
      link_expired:
        'Los enlaces de carga de Truora vencían antes de enviar las imágenes. Reintente cuando la conexión sea mejor.',
      retention:
        'Sus imágenes se borraron por la retención elegida por este operador antes de poder enviarse. Descártela y capture de nuevo.',
      account_discarded: 'La cuenta para la que era se descartó antes de crearse. Descarte esta validación.',
      images_lost: 'Sus imágenes ya no se pueden leer en este portátil. Descártela y capture de nuevo.',
      no_upload_link: 'Truora no indicó adónde enviar las imágenes. Reintente más tarde.',
      upload_host:
        'Truora indicó una dirección de carga a la que la aplicación no envía imágenes. Contacte a soporte.'
    },
    discardTitle: '¿Descartar esta validación?',
    discardBody:
      'Nunca se completó en Truora. Al descartarla se borran sus imágenes de este portátil para siempre.',
    outboxHeading: 'Validaciones en sitio'
  },
  notFound: {
    body: 'Esta página no existe.',
    home: 'Ir a la búsqueda'
  }
}

export default es
