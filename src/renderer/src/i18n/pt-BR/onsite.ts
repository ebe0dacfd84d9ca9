// Brazilian Portuguese messages for on-site validation of a queued account; typed against the English ones.
import type { OnsiteMessages } from '../en/onsite'

export const onsite: OnsiteMessages = {
  onsite: {
    validateHere: 'Validar neste notebook',
    validateDocument: 'Validar documento',
    validateFace: 'Validar rosto',
    titleDocument: 'Validar o documento da pessoa',
    titleFace: 'Validar o rosto da pessoa',
    forQueuedAccount: 'Para a conta que aguarda na caixa de saída: a validação é enviada depois dela.',
    consentLead: 'Antes de capturar qualquer coisa, leia isto para a pessoa e pergunte se ela concorda:',
    consentDocument:
      'Para verificar sua identidade, vamos tirar fotos dos dois lados do seu documento de identidade com a câmera deste notebook e enviá-las à Truora, nosso provedor de verificação de identidade, que as verifica. As fotos ficam criptografadas neste notebook apenas até a Truora recebê-las. Você concorda?',
    consentFace:
      'Para verificar sua identidade, vamos tirar uma foto do seu rosto com a câmera deste notebook e enviá-la à Truora, nosso provedor de verificação de identidade, que a verifica. A foto fica criptografada neste notebook apenas até a Truora recebê-la. Você concorda?',
    consentGiven: 'A pessoa ouviu e concorda',
    chooseCountry: 'Escolha o país',
    chooseDocumentType: 'Escolha o tipo de documento',
    startCapture: 'Concordar e começar',
    cancel: 'Cancelar',
    stepOf: 'Foto {n} de {total}: {side}',
    sides: {
      front: 'a frente do documento',
      reverse: 'o verso do documento',
      face: 'o rosto'
    },
    guide: {
      front: 'Coloque a frente do documento dentro da moldura, plana e bem iluminada, sem reflexos.',
      reverse: 'Vire o documento e coloque o verso dentro da moldura.',
      face: 'Peça à pessoa que olhe para a câmera com o rosto dentro do oval, sem óculos nem chapéu.'
    },
    livePreview: 'Imagem ao vivo da câmera',
    previewOf: 'Foto tirada de {side}',
    cameraStarting: 'Iniciando a câmera…',
    camera: {
      denied: 'A câmera não é permitida. Escolha um arquivo de imagem.',
      missing: 'Nenhuma câmera foi encontrada neste notebook. Escolha um arquivo de imagem.',
      unsupported: 'A câmera não pode ser usada aqui. Escolha um arquivo de imagem.',
      failed: 'Não foi possível iniciar a câmera. Tente de novo ou escolha um arquivo de imagem.'
    },
    cameraRetry: 'Tentar a câmera de novo',
    take: 'Tirar foto',
    retake: 'Tirar de novo',
    chooseFile: 'Escolher um arquivo de imagem',
    imageProblems: {
      type: 'Escolha uma imagem JPEG ou PNG.',
      tooLarge: 'A imagem tem mais de 8 MB. Escolha uma menor.',
      tooSmall: 'A imagem é pequena demais para ser uma foto.',
      unreadable: 'Não foi possível ler a imagem. Tire a foto de novo ou escolha outro arquivo.'
    },
    back: 'Voltar',
    next: 'Próxima',
    send: 'Enviar à Truora',
    saving: 'Salvando…',
    sending: 'Salva e sendo enviada à Truora. O resultado aparece no histórico da conta.',
    savedOffline: 'Salva criptografada neste notebook. É enviada à Truora quando a rede voltar.',
    close: 'Fechar',
    onsite: 'presencial',
    consentAt: 'Consentimento {time}',
    steps: {
      queued: 'Salva, aguardando envio',
      waiting_account: 'Aguardando a criação da conta',
      creating: 'Criando na Truora',
      uploading: 'Enviando as imagens: {done} de {total}',
      awaiting_result: 'Aguardando o resultado da Truora',
      failed: 'Parada'
    },
    replaced:
      'um link expirou, então ela foi enviada de novo como uma nova validação | {count} links expiraram, então ela foi enviada de novo como uma nova validação',
    errors: {
      link_expired:
        'Os links de envio da Truora expiravam antes de as imagens serem enviadas. Tente de novo quando a conexão estiver melhor.',
      retention:
        'Suas imagens foram apagadas pela retenção escolhida por este operador antes de poderem ser enviadas. Descarte-a e capture de novo.',
      account_discarded:
        'A conta para a qual era foi descartada antes de ser criada. Descarte esta validação.',
      images_lost: 'Suas imagens não podem mais ser lidas neste notebook. Descarte-a e capture de novo.',
      no_upload_link: 'A Truora não informou para onde enviar as imagens. Tente de novo mais tarde.',
      upload_host:
        'A Truora indicou um endereço de envio para o qual o aplicativo não envia imagens. Fale com o suporte.'
    },
    discardTitle: 'Descartar esta validação?',
    discardBody:
      'Ela nunca foi concluída na Truora. Descartar apaga suas imagens deste notebook para sempre.',
    outboxHeading: 'Validações presenciais'
  }
}
