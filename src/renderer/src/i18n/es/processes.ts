// Spanish messages for identity processes: the link handed over, its PDF, and the form that creates it; typed against the English ones.
import type { ProcessesMessages } from '../en/processes'

export const processes: ProcessesMessages = {
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
  }
}
