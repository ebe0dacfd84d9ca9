// Brazilian Portuguese messages for Truora's codes in words: validation types, failure statuses, declined reasons, channels, document types; typed against the English ones.
import type { TruoraCodesMessages } from '../en/truora-codes'

export const truoraCodes: TruoraCodesMessages = {
  validationTypes: {
    'face-recognition': 'Reconhecimento facial',
    'document-validation': 'Validação de documento',
    'electronic-signature': 'Assinatura eletrônica',
    'phone-verification': 'Verificação de telefone',
    'email-verification': 'Verificação de e-mail'
  },
  failureStatuses: {
    declined: 'Recusada',
    expired: 'Expirou antes de a pessoa terminar',
    system_error: 'Erro na Truora'
  },
  declinedReasons: {
    face_not_detected: 'Nenhum rosto detectado',
    similarity_threshold_not_passed: 'Os rostos não são parecidos o suficiente',
    passive_liveness_failed: 'Falha na prova de vida',
    geolocation_denied: 'A permissão de localização foi negada',
    document_expired: 'O documento está vencido',
    invalid_document: 'O documento não é válido',
    photo_of_photo: 'Foto de uma foto',
    data_mismatch: 'Os dados não conferem',
    underage: 'Menor de idade',
    signature_rejected: 'Assinatura recusada',
    otp_not_verified: 'O código de uso único não foi confirmado',
    invalid_code: 'Código incorreto',
    phone_mismatch: 'O telefone não confere',
    email_not_verified: 'O e-mail não foi confirmado',
    face_mismatch: 'O rosto não confere com o documento',
    blacklisted: 'Em uma lista restritiva'
  },
  channels: {
    web: 'web',
    whatsapp: 'WhatsApp'
  },
  documentTypes: {
    'national-id': 'Documento nacional de identidade',
    'foreign-id': 'Documento de estrangeiro',
    'identity-card': 'Carteira de identidade',
    passport: 'Passaporte'
  }
}
