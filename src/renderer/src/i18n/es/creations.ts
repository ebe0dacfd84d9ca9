// Spanish messages for creating an account: the form, duplicate warnings, queued (pending) creations and the outbox; typed against the English ones.
import type { CreationsMessages } from '../en/creations'

export const creations: CreationsMessages = {
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
  outbox: {
    sentToast: 'La cuenta en cola se creó en Truora como {id}.',
    heading: 'Bandeja de salida',
    intro:
      'Las cuentas creadas y las validaciones en sitio capturadas sin conexión esperan aquí, y se envían en orden cuando vuelve la red.',
    empty: 'No hay nada pendiente de envío.',
    pending: 'Pendiente',
    sending: 'Enviando',
    failed: 'Fallido',
    needsChecking: 'Por verificar',
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
  }
}
