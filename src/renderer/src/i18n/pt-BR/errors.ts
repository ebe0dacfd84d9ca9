// Brazilian Portuguese messages for contract error codes and the shared schemas' validation keys; typed against the English ones.
import type { ErrorsMessages } from '../en/errors'

export const errors: ErrorsMessages = {
  errors: {
    keychain: {
      locked:
        'O chaveiro do sistema está bloqueado, então as chaves deste operador não podem ser lidas agora. Nada foi perdido: desbloqueie o chaveiro (o da sua sessão) e tente outra vez.',
      unreachable:
        'Não foi possível acessar o chaveiro do sistema. Verifique se ele está em execução e desbloqueado e tente outra vez. Nada foi perdido.',
      data_key_missing:
        'O chaveiro não guarda mais a chave do cache local deste operador, então o cache não pode ser lido; o arquivo é mantido como está. Se o chaveiro for restaurado, tente outra vez. Remover o operador apagaria o cache e as criações na fila dentro dele.',
      api_key_missing:
        'O chaveiro não guarda mais a chave de API deste operador, então nada pode ser enviado à Truora. O cache e as criações na fila são mantidos. Remover o operador os apagaria.',
      secrets_missing:
        'O chaveiro está aberto, mas não guarda nenhuma das chaves deste operador, então o cache local não pode ser lido; o arquivo é mantido como está. Se o chaveiro for restaurado, tente outra vez. Remover o operador apagaria o cache e as criações na fila dentro dele.'
    },
    disk: 'O disco recusou a gravação ({errno}). Libere espaço ou verifique se a pasta de dados do app pode ser gravada e tente outra vez.',
    invalid_input: 'Alguns campos não são válidos. Confira os campos destacados.',
    not_found: 'A Truora não tem esse registro.',
    unauthorized: 'A Truora recusou a chave de API. Confira se ela está completa e não expirou.',
    forbidden: 'Esta chave de API não tem permissão para isso. Fale com o administrador da Truora.',
    conflict: 'Já existe uma conta com este ID.',
    rate_limited: 'A Truora está limitando as solicitações. Aguarde um pouco e tente de novo.',
    server: 'A Truora teve um problema ao responder. Tente de novo em alguns minutos.',
    offline: 'Você está sem conexão. Verifique a rede e tente de novo.',
    timeout: 'A Truora não respondeu a tempo. Verifique a conexão e tente de novo.',
    bad_response: 'A Truora enviou uma resposta que o aplicativo não conseguiu ler.',
    keychain_unavailable:
      'O chaveiro do sistema está bloqueado ou indisponível. Desbloqueie-o (ou entre de novo) e tente outra vez.',
    cache_corrupt: 'A cópia local estava danificada. Ela foi separada e será refeita a partir da Truora.',
    no_operator: 'Adicione ou escolha um operador primeiro.',
    cancelled: 'A solicitação foi cancelada.',
    expired: 'Este link ou processo expirou.',
    internal: 'Algo deu errado no aplicativo. Tente de novo; se continuar, reinicie-o.',
    locked: 'O aplicativo está bloqueado. Desbloqueie-o com sua frase-senha.',
    wrong_passphrase: 'Essa frase-senha não está certa.',
    unlockWait: 'Frases-senha erradas demais. Espere um pouco antes de tentar de novo.',
    passphraseNeeded: 'Este operador foi configurado antes das frases-senha: escolha uma primeiro.',
    passphraseSet: 'Este operador já tem uma frase-senha: desbloqueie com ela.',
    reasons: {
      export:
        'Não foi possível preparar a exportação com os dados em cache, então nada foi salvo. Tente de novo; se continuar, reinicie o aplicativo.',
      too_large:
        'A Truora enviou uma resposta muito maior que o esperado, então o aplicativo não a leu. Tente mais tarde.',
      egress:
        'A resposta da Truora apontava para um endereço fora da Truora, então o aplicativo não a seguiu nem enviou sua chave para lá.',
      too_many_pages:
        'A sincronização parou: a Truora continuou enviando mais páginas do que qualquer lista de contas tem. O que foi copiado foi mantido.',
      no_new_accounts:
        'A sincronização parou: a Truora continuou enviando páginas sem nenhuma conta nova. O que foi copiado foi mantido.',
      repeated_page:
        'A sincronização parou: a Truora enviou a mesma página duas vezes. O que foi copiado foi mantido.'
    },
    dismiss: 'Fechar',
    notifications: 'Notificações',
    cacheCorrupt:
      'O cache local deste operador estava danificado. Ele foi separado e será refeito a partir da Truora.',
    cacheCorruptOutboxKept:
      'O cache local deste operador estava danificado. Ele foi separado e será refeito a partir da Truora. As criações aguardando envio foram mantidas ({count}) e serão enviadas.'
  },
  validation: {
    imageTooSmall: 'A imagem é pequena demais para ser uma foto.',
    imageTooLarge: 'A imagem tem mais de 8 MB.',
    imageSides: 'Tire todas as fotos de que esta validação precisa.',
    imageType: 'Só é possível enviar fotos JPEG e PNG.',
    required: 'Este campo é obrigatório.',
    tooLong: 'Está longo demais.',
    accountIdPattern: 'Use apenas letras, dígitos, pontos, hífens e sublinhados.',
    operatorId: 'Não é um operador válido.',
    apiKeyShort: 'Esta chave de API parece curta demais: cole a chave inteira.',
    apiKeyChars: 'Uma chave de API não tem espaços nem caracteres especiais: cole-a de novo.',
    email: 'Digite um e-mail válido.',
    country: 'Escolha um país da lista.',
    documentNumber: 'Use apenas letras, dígitos, pontos e hífens.',
    documentType: 'Escolha um tipo de documento.',
    date: 'Digite uma data válida.',
    dateInFuture: 'A data não pode estar no futuro.',
    phone: 'Não é um número de telefone válido para este país.',
    flowId: 'Um ID de fluxo começa com IPF.',
    redirectUrl: 'Digite um endereço seguro (https).',
    outboxId: 'Não é um item válido da caixa de saída.',
    passphraseShort: 'Use pelo menos 8 caracteres.',
    passphraseMismatch: 'As duas frases-senha não são iguais.',
    hiddenChars: 'Remova os caracteres invisíveis ou de controle (costumam vir com o texto colado).',
    invalid: 'Este valor não é válido.'
  }
}
