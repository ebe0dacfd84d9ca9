// Spanish messages for on-site validation of a queued account; typed against the English ones.
import type { OnsiteMessages } from '../en/onsite'

export const onsite: OnsiteMessages = {
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
  }
}
