// English messages for on-site validation of a queued account; the reference shape es and pt-BR are typed against.
// Keep "@", "{", "}", "|" and "$" out of plain text: vue-i18n reads them as message syntax.
export const onsite = {
  onsite: {
    validateHere: 'Validate on this laptop',
    validateDocument: 'Validate document',
    validateFace: 'Validate face',
    titleDocument: 'Validate the person’s document',
    titleFace: 'Validate the person’s face',
    forQueuedAccount: 'For the account waiting in the outbox: the validation is sent after it.',
    consentLead: 'Before anything is captured, read this to the person and ask whether they agree:',
    consentDocument:
      'To verify your identity, we will take photos of both sides of your identity document with this laptop’s camera and send them to Truora, our identity verification provider, which checks them. The photos are kept encrypted on this laptop only until Truora has them. Do you agree?',
    consentFace:
      'To verify your identity, we will take a photo of your face with this laptop’s camera and send it to Truora, our identity verification provider, which checks it. The photo is kept encrypted on this laptop only until Truora has it. Do you agree?',
    consentGiven: 'The person has heard this and agrees',
    chooseCountry: 'Choose the country',
    chooseDocumentType: 'Choose the document type',
    startCapture: 'Agree and start',
    cancel: 'Cancel',
    stepOf: 'Photo {n} of {total}: {side}',
    sides: {
      front: 'the front of the document',
      reverse: 'the back of the document',
      face: 'the face'
    },
    guide: {
      front: 'Place the front of the document inside the frame, flat and well lit, without glare.',
      reverse: 'Turn the document over and place its back inside the frame.',
      face: 'Ask the person to look at the camera with their face inside the oval, without glasses or a hat.'
    },
    livePreview: 'Live camera preview',
    previewOf: 'Photo taken of {side}',
    cameraStarting: 'Starting the camera…',
    camera: {
      denied: 'The camera is not allowed. Choose an image file instead.',
      missing: 'No camera was found on this laptop. Choose an image file instead.',
      unsupported: 'The camera cannot be used here. Choose an image file instead.',
      failed: 'The camera could not be started. Try again, or choose an image file.'
    },
    cameraRetry: 'Try the camera again',
    take: 'Take photo',
    retake: 'Retake',
    chooseFile: 'Choose an image file',
    imageProblems: {
      type: 'Choose a JPEG or PNG image.',
      tooLarge: 'The image is larger than 8 MB. Choose a smaller one.',
      tooSmall: 'The image is too small to be a photo.',
      unreadable: 'The image could not be read. Take the photo again or choose another file.'
    },
    back: 'Back',
    next: 'Next',
    send: 'Send to Truora',
    saving: 'Saving…',
    sending: 'Saved, and being sent to Truora. The result appears in the account’s history.',
    savedOffline: 'Saved encrypted on this laptop. It is sent to Truora when the network returns.',
    close: 'Close',
    onsite: 'on site',
    consentAt: 'Consent {time}',
    steps: {
      queued: 'Saved, waiting to be sent',
      waiting_account: 'Waiting for the account to be created',
      creating: 'Creating it at Truora',
      uploading: 'Sending the images: {done} of {total}',
      awaiting_result: 'Waiting for Truora’s result',
      failed: 'Stopped'
    },
    replaced:
      'a link expired, so it was sent again as a new validation | {count} links expired, so it was sent again as a new validation',
    errors: {
      link_expired:
        'Truora’s upload links kept expiring before the images were sent. Retry when the connection is better.',
      retention:
        'Its images were deleted by this operator’s retention setting before they could be sent. Discard it and capture again.',
      account_discarded:
        'The account it was for was discarded before it was created. Discard this validation.',
      images_lost: 'Its images can no longer be read on this laptop. Discard it and capture again.',
      no_upload_link: 'Truora did not say where to send the images. Retry later.',
      upload_host: 'Truora named an upload address the app does not send images to. Contact support.'
    },
    discardTitle: 'Discard this validation?',
    discardBody: 'It was never completed at Truora. Discarding deletes its images from this laptop for good.',
    outboxHeading: 'On-site validations'
  }
}

export type OnsiteMessages = typeof onsite
