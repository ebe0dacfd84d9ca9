// Spanish messages for contract error codes and the shared schemas' validation keys; typed against the English ones.
import type { ErrorsMessages } from '../en/errors'

export const errors: ErrorsMessages = {
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
  }
}
