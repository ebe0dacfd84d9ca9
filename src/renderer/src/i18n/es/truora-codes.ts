// Spanish messages for Truora's codes in words: validation types, failure statuses, declined reasons, channels, document types; typed against the English ones.
import type { TruoraCodesMessages } from '../en/truora-codes'

export const truoraCodes: TruoraCodesMessages = {
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
  }
}
