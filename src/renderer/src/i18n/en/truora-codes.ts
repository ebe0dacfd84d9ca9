// English messages for Truora's codes in words: validation types, failure statuses, declined reasons, channels, document types; the reference shape es and pt-BR are typed against.
// Keep "@", "{", "}", "|" and "$" out of plain text: vue-i18n reads them as message syntax.
export const truoraCodes = {
  validationTypes: {
    'face-recognition': 'Face recognition',
    'document-validation': 'Document validation',
    'electronic-signature': 'Electronic signature',
    'phone-verification': 'Phone verification',
    'email-verification': 'E-mail verification'
  },
  failureStatuses: {
    declined: 'Declined',
    expired: 'Expired before the person finished',
    system_error: 'Error at Truora'
  },
  declinedReasons: {
    face_not_detected: 'No face detected',
    similarity_threshold_not_passed: 'The faces are not similar enough',
    passive_liveness_failed: 'Liveness check failed',
    geolocation_denied: 'Location permission denied',
    document_expired: 'The document has expired',
    invalid_document: 'Not a valid document',
    photo_of_photo: 'A photo of a photo',
    data_mismatch: 'The data does not match',
    underage: 'Under age',
    signature_rejected: 'Signature rejected',
    otp_not_verified: 'One-time code not confirmed',
    invalid_code: 'Wrong code',
    phone_mismatch: 'The phone number does not match',
    email_not_verified: 'E-mail not confirmed',
    face_mismatch: 'The face does not match the document',
    blacklisted: 'On a restrictive list'
  },
  channels: {
    web: 'web',
    whatsapp: 'WhatsApp'
  },
  documentTypes: {
    'national-id': 'National ID',
    'foreign-id': 'Foreign resident ID',
    'identity-card': 'Identity card',
    passport: 'Passport'
  }
}

export type TruoraCodesMessages = typeof truoraCodes
