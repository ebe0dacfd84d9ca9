// Spanish messages for operators and their session: the operator form, first run, key expiry, passphrase, lock, migration, recovery, security; typed against the English ones.
import type { OperatorsMessages } from '../en/operators'

export const operators: OperatorsMessages = {
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
  keyExpiry: {
    soon: 'Esta clave de API vence el {date}, en {count} días. Pida una nueva a Truora antes. | Esta clave de API vence el {date}, mañana. Pida una nueva a Truora antes. | Esta clave de API vence el {date}, en {count} días. Pida una nueva a Truora antes.',
    expired:
      'Esta clave de API venció el {date}: Truora la rechaza. Vuelva a agregar el operador con una clave nueva.',
    soonShort: 'La clave vence en {count} días | La clave vence mañana | La clave vence en {count} días',
    expiredShort: 'Clave vencida'
  },
  passphrase: {
    label: 'Frase de contraseña',
    confirm: 'Escriba la frase otra vez',
    show: 'Mostrar frase',
    hide: 'Ocultar frase',
    hint: 'Al menos 8 caracteres: unas cuantas palabras se recuerdan mejor y se adivinan peor. Se escribe cada vez que abre la aplicación, y otra vez tras {minutes} minutos sin uso.',
    forgetWarning:
      'Una frase de contraseña no se puede recuperar. Si se olvida, la única salida es quitar el operador y volver a agregar la clave de API, perdiendo lo guardado en caché en este equipo y las creaciones que aún esperan envío.',
    strength: {
      label: 'Fortaleza (estimada):',
      too_short: 'demasiado corta',
      weak: 'débil: fácil de adivinar',
      fair: 'regular: agregue una o dos palabras',
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
    addOperator: 'Agregar un operador',
    reason: {
      start: 'La clave y las cuentas en caché de cada operador solo se abren con su frase de contraseña.',
      idle: 'Bloqueada tras {minutes} minutos sin uso. No se ha perdido nada: desbloquee para seguir.',
      system: 'Bloqueada porque el equipo se bloqueó o entró en reposo.',
      operator: 'Elija quién trabaja y escriba su frase de contraseña.',
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
    body: 'Una frase de contraseña no se puede recuperar ni restablecer: nada más abre la clave y las cuentas en caché de este operador en este equipo. La única salida es quitar el operador y volver a agregar su clave de API de Truora. Quitarlo borra de este equipo las cuentas en caché y su historial (se pueden volver a sincronizar desde Truora) y el registro de actividad.',
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
  }
}
