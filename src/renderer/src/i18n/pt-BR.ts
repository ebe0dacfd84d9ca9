// Brazilian Portuguese messages; typed against the English ones so a missing key fails the type check.
import type { Messages } from './en'

const ptBR: Messages = {
  app: {
    name: 'Truora Account Lookup',
    skipToContent: 'Pular para o conteúdo',
    mainNav: 'Navegação principal',
    loading: 'Carregando…'
  },
  views: {
    pending: 'Conta pendente',
    setup: 'Configuração inicial',
    search: 'Busca',
    account: 'Conta',
    create: 'Nova conta',
    outbox: 'Caixa de saída',
    settings: 'Operadores e configurações',
    notFound: 'Página não encontrada',
    lock: 'Bloqueado'
  },
  nav: {
    search: 'Buscar',
    create: 'Nova conta',
    outbox: 'Caixa de saída',
    settings: 'Configurações',
    outboxBadge: '{count} aguardando envio',
    operator: 'Operador: {name}',
    shortcut: 'Ctrl+K para buscar',
    lock: 'Bloquear',
    lockShortcut: 'Bloquear agora (Ctrl+L)'
  },
  connectivity: {
    online: 'On-line',
    offline: 'Sem conexão',
    unknown: 'Verificando a conexão…',
    label: 'Conexão'
  },
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
  },
  freshness: {
    network: 'Da Truora {age}',
    cache: 'Em cache {age}',
    justNow: 'agora mesmo',
    stale: 'pode estar desatualizado',
    refresh: 'Atualizar',
    refreshing: 'Atualizando…'
  },
  operatorForm: {
    name: 'Nome do operador',
    nameHint: 'Como este perfil aparece, por ex. seu nome ou escritório.',
    apiKey: 'Chave de API da Truora',
    apiKeyHint:
      'Fica no chaveiro deste computador, trancada com a frase-senha abaixo; só sai para chamar a Truora.',
    showKey: 'Mostrar chave',
    hideKey: 'Ocultar chave',
    submit: 'Salvar operador',
    saving: 'Verificando a chave com a Truora…',
    added: 'Operador {name} adicionado.',
    clientId: 'Cliente Truora',
    keyExpires: 'A chave expira',
    expiresSoon: 'Esta chave expira em breve ({date}). Peça uma nova à Truora antes disso.'
  },
  setup: {
    heading: 'Boas-vindas',
    intro:
      'Para buscar e criar contas, adicione a chave de API da Truora que você recebeu. Você pode adicionar mais operadores depois em Configurações.',
    continue: 'Começar a buscar'
  },
  search: {
    processBelongs: 'O processo {id} pertence à conta {account}.',
    validationBelongs: 'A validação {id} pertence à conta {account}.',
    processNotFound: 'A Truora não tem nenhum processo com o ID {id}.',
    validationNotFound: 'A Truora não tem nenhuma validação com o ID {id}.',
    matched: {
      account_id: 'ID da conta',
      name: 'Nome',
      email: 'E-mail',
      document_number: 'Documento',
      phone_number: 'Telefone',
      process: 'Processo',
      validation: 'Validação',
      flow: 'Fluxo'
    },
    label: 'Buscar contas',
    placeholder: 'Nome, ID da conta, documento ou telefone',
    filters: 'Filtros',
    country: 'País',
    documentType: 'Tipo de documento',
    status: 'Último status',
    createdFrom: 'Criada a partir de',
    createdTo: 'Criada até',
    any: 'Qualquer',
    clearFilters: 'Limpar filtros',
    results: '{count} contas | {count} conta | {count} contas',
    resultsLabel: 'Contas em cache',
    emptyCache:
      'Ainda não há nada em cache. Busque um ID de conta ou sincronize todas as contas em Configurações.',
    noMatch: 'Nenhuma conta em cache corresponde a “{text}”.',
    loading: 'Buscando…',
    offlineNote: 'Você está sem conexão: mostrando as contas salvas neste computador.',
    lookupHeading: 'Busca por ID de conta',
    lookupLoading: 'Consultando {id} na Truora…',
    lookupNotFound: 'A Truora não tem nenhuma conta com o ID {id}.',
    lookupOfflineMissing: 'Você está sem conexão e esta conta ainda não está em cache.',
    lookupOfflineHint: 'Ela será encontrada quando a conexão voltar.',
    open: 'Abrir conta',
    cachedAge: 'em cache {age}',
    noName: 'Sem nome',
    noMatchFilters: 'Nenhuma conta em cache corresponde a estes filtros.',
    networkAge: 'da Truora {age}'
  },
  account: {
    heading: 'Conta {id}',
    names: 'Nome',
    ids: 'Identificadores',
    accountId: 'ID da conta',
    clientId: 'ID do cliente',
    contact: 'Contato',
    email: 'E-mail',
    phone: 'Telefone',
    facebook: 'Facebook',
    twitter: 'Twitter',
    document: 'Documento',
    documentType: 'Tipo',
    documentNumber: 'Número',
    documentIssueDate: 'Emissão',
    country: 'País',
    created: 'Criada',
    updated: 'Atualizada',
    none: '—',
    loading: 'Carregando a conta…',
    back: 'Voltar à busca',
    history: 'Histórico',
    historyEmpty: 'Ainda não há validações nem processos de identidade.',
    historyLoading: 'Carregando o histórico…',
    validation: 'Validação',
    process: 'Processo de identidade',
    channel: 'via {channel}',
    declined: 'Recusado: {reason}',
    failureStatus: 'Falha: {status}',
    declinedReason: 'Motivo da recusa',
    status: 'Status',
    details: 'Detalhes',
    detailsOf: 'Detalhes de {id}',
    closeDetails: 'Fechar detalhes',
    rawJson: 'Dados brutos (JSON)',
    copyJson: 'Copiar JSON',
    remainingRetries: 'Tentativas restantes',
    flowId: 'Fluxo',
    validations: 'Validações',
    latest: 'Último resultado:',
    noVerdict: 'Ainda não há validações nem processos de identidade.',
    processes: 'Processos de identidade',
    historyFilters: 'Filtrar o histórico',
    filterKind: 'Tipo',
    filterAll: 'Todos',
    historyCount: '{count} registros | {count} registro | {count} registros',
    historyShown: 'Mostrando {shown} de {total}',
    historyNoMatch: 'Nenhum registro do histórico corresponde a estes filtros.',
    validationType: 'Tipo',
    failureStatusLabel: 'Falha',
    showPersonal: 'Mostrar dados pessoais',
    hidePersonal: 'Ocultar dados pessoais',
    personalMasked: 'Números de documento, telefones e e-mails ficam ocultos até você mostrá-los.'
  },
  copy: {
    copy: 'Copiar',
    copyLabel: 'Copiar {what}',
    copied: 'Copiado para a área de transferência.',
    failed: 'Não foi possível copiar: selecione o texto e copie manualmente.'
  },
  document: {
    show: 'Mostrar número do documento',
    hide: 'Ocultar número do documento',
    masked: 'Número do documento oculto'
  },
  status: {
    success: 'Sucesso',
    pending: 'Pendente',
    failure: 'Falha',
    unknown: 'Desconhecido'
  },
  date: {
    day: 'dd',
    month: 'mm',
    year: 'aaaa'
  },
  keyExpiry: {
    soon: 'Esta chave de API vence em {date}, daqui a {count} dias. Peça uma nova à Truora antes disso. | Esta chave de API vence em {date}, amanhã. Peça uma nova à Truora antes disso. | Esta chave de API vence em {date}, daqui a {count} dias. Peça uma nova à Truora antes disso.',
    expired:
      'Esta chave de API venceu em {date}: a Truora a recusa. Adicione o operador de novo com uma chave nova.',
    soonShort: 'A chave vence em {count} dias | A chave vence amanhã | A chave vence em {count} dias',
    expiredShort: 'Chave vencida'
  },
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
  },
  handoff: {
    start: 'Iniciar processo de identidade',
    heading: 'Entregar o link',
    scan: 'Peça à pessoa que escaneie este código com a câmera do celular.',
    qrAlt: 'Código QR do link do processo de identidade da conta {id}',
    expiresIn: 'Expira em {time}',
    expired: 'Este link expirou. Crie outro.',
    whatsapp: 'Enviar pelo WhatsApp',
    whatsappMessage: 'Olá! Continue sua validação de identidade aqui: {link}',
    noPhone: 'Esta conta não tem um telefone válido para enviar o link.',
    another: 'Criar outro link',
    close: 'Fechar',
    sessionLinks: 'Links de identidade criados nesta sessão',
    showQr: 'Mostrar código QR'
  },
  duplicates: {
    heading: 'Possíveis duplicatas | Possível duplicata | Possíveis duplicatas ({count})',
    intro:
      'Estas contas em cache ou criações na fila parecem ser a mesma pessoa. Abra uma em vez de criá-la de novo.',
    field: { document: 'número do documento', phone: 'telefone', email: 'e-mail' },
    same: 'Mesmo {fields}',
    confirmTitle: 'Criar mesmo assim?',
    confirmBody:
      'Nenhuma conta parece ser esta pessoa. | Já existe uma conta que parece ser esta pessoa. Criar outra mesmo assim? | Já existem {count} contas que parecem ser esta pessoa. Criar outra mesmo assim?',
    confirm: 'Criar mesmo assim'
  },
  pending: {
    queuedAge: 'na fila {age}',
    heading: 'Conta pendente',
    chip: 'Pendente',
    note: 'Esta conta aguarda na caixa de saída e ainda não está na Truora. A Truora dará um ID a ela quando for enviada.',
    noteWithId:
      'Esta conta aguarda na caixa de saída e ainda não está na Truora. Será criada quando a conexão voltar.',
    data: 'O que ficou na fila',
    gone: 'Esta criação não está mais na caixa de saída. Procure a pessoa para encontrar a conta.'
  },
  pdf: {
    heading: 'PDF do processo',
    get: 'Obter PDF',
    asking: 'Pedindo o PDF à Truora…',
    making: 'A Truora está gerando o PDF (consulta {attempt} de {max})…',
    downloading: 'Baixando o PDF…',
    ready: 'PDF pronto ({size}), guardado para uso off-line.',
    keptOffline: 'PDF guardado neste computador ({size}, {time}).',
    save: 'Salvar PDF…',
    open: 'Abrir PDF',
    saved: 'Salvo como {name}.',
    notCompleted: 'Só um processo de identidade concluído tem PDF.',
    notReady: 'A Truora ainda está gerando o PDF. Tente de novo em alguns minutos.',
    notFound: 'A Truora não tem PDF deste processo.'
  },
  processLink: {
    flowChoices: 'Usados antes:',
    heading: 'Iniciar um processo de identidade',
    intro: 'Cria um link que a pessoa abre para validar a identidade. O link dura cerca de duas horas.',
    flowId: 'ID do fluxo',
    flowIdHint: 'O fluxo da Truora a executar, por ex. IPF…',
    redirectUrl: 'Endereço de retorno',
    redirectUrlHint: 'Para onde a pessoa vai ao terminar (https).',
    submit: 'Criar link',
    creating: 'Criando o link…',
    link: 'Link do processo de identidade',
    expires: 'Válido até {time}',
    open: 'Abrir no navegador',
    offline:
      'Você está off-line: o link só pode vir da Truora. Ele poderá ser criado quando a conexão voltar.'
  },
  create: {
    emptyTitle: 'Criar uma conta vazia?',
    emptyBody:
      'Nenhum ID e nenhum dado foram informados. A Truora criará uma conta só com um ID gerado. Criar mesmo assim?',
    emptyConfirm: 'Criar conta vazia',
    heading: 'Nova conta',
    idChoice: 'Como esta conta deve ser identificada?',
    idOwn: 'Seu próprio ID de usuário',
    idOwnHelp: 'Use o ID que sua organização já tem para esta pessoa, para que os dois sistemas coincidam.',
    idGenerated: 'Gerado pela Truora',
    idGeneratedHelp: 'A Truora cria um novo ID (começa com ACC) quando a conta é enviada.',
    idPerson: 'A partir do documento da pessoa',
    idPersonHelp:
      'O ID é formado pelo país e pelo número do documento, assim a mesma pessoa sempre tem a mesma conta.',
    idPreview: 'ID da conta: {id}',
    idPreviewMissing: 'Informe o país e o número do documento para formar o ID.',
    accountId: 'ID da conta',
    person: 'Pessoa',
    firstName: 'Nome',
    lastName: 'Sobrenome',
    email: 'E-mail',
    phone: 'Número de telefone',
    phoneHint: 'Código do país +{code}',
    phoneHintNone: 'Inclua o código do país, por ex. +55…',
    documentSection: 'Documento',
    country: 'País',
    countryPlaceholder: 'Digite para buscar países',
    countryNone: 'Nenhum país corresponde.',
    countryShowAll: 'Mostrar todos os países',
    documentType: 'Tipo de documento',
    documentTypeNone: 'Não informado',
    documentNumber: 'Número do documento',
    documentIssueDate: 'Data de emissão',
    social: 'Redes sociais',
    facebook: 'Usuário do Facebook',
    twitter: 'Usuário do Twitter',
    submit: 'Criar conta',
    submitting: 'Criando…',
    created: 'Conta {id} criada.',
    queued: 'Você está sem conexão: a conta foi salva na caixa de saída e será enviada quando a rede voltar.',
    conflict: 'Já existe uma conta com este ID.',
    openExisting: 'Abrir a conta existente',
    fixErrors: 'Corrija os campos destacados primeiro.',
    offlineNote:
      'Você está off-line: a conta será salva na caixa de saída e enviada quando a conexão voltar.',
    submitOffline: 'Salvar para enviar depois',
    unknownOutcome: 'A Truora pode ter criado esta conta, mas a resposta se perdeu no caminho.',
    unknownOutcomeHint: 'Procure a pessoa antes de criar a conta de novo, para que ela não fique com duas.',
    searchPerson: 'Procurar esta pessoa'
  },
  outbox: {
    sentToast: 'A conta na fila foi criada na Truora como {id}.',
    heading: 'Caixa de saída',
    intro:
      'Contas criadas e validações presenciais capturadas sem conexão aguardam aqui, e são enviadas em ordem quando a rede volta.',
    empty: 'Nada aguardando envio.',
    pending: 'Pendente',
    sending: 'Enviando',
    failed: 'Falhou',
    attempts: 'Tentativas: {count}',
    createdAt: 'Criada {time}',
    nextAttempt: 'Próxima tentativa {time}',
    retry: 'Tentar agora',
    discard: 'Descartar',
    discardTitle: 'Descartar esta conta?',
    discardBody: 'A conta “{name}” nunca foi enviada à Truora. Descartá-la apaga-a para sempre.',
    discardConfirm: 'Descartar',
    cancel: 'Cancelar',
    generatedId: 'ID gerado pela Truora',
    refused: 'A Truora recusou os dados desta conta. Descarte-a e crie-a de novo com os dados corrigidos.',
    conflict:
      'Já existe na Truora uma conta com este ID. Abra-a: se for esta pessoa, descarte esta; se não, crie-a de novo com outro ID.',
    openExisting: 'Abrir a conta existente',
    uncertain:
      'A Truora talvez já tenha criado esta conta: o aplicativo fechou, ou perdeu a resposta da Truora, durante o envio. Procure a pessoa primeiro (Sincronizar todas as contas em Configurações, e depois pesquise). Encontrou: descarte esta. Não encontrou: tente de novo.',
    discardUncertainBody:
      'A Truora talvez já tenha criado a conta “{name}”. Descartá-la só a remove desta lista.',
    searchPerson: 'Procurar esta pessoa'
  },
  settings: {
    tryAgain: 'Tentar outra vez',
    keychainReadable: 'O chaveiro pode ser lido novamente.',
    removeQueued:
      'Também apaga {count} criação que ainda aguarda envio à Truora: ela nunca será enviada. | Também apaga {count} criações que ainda aguardam envio à Truora: elas nunca serão enviadas.',
    removeQueuedUnknown:
      'O cache local não pode ser lido, então as criações que aguardam nele não podem ser contadas: as que houver também são apagadas e nunca serão enviadas.',
    removeConfirmQueued: 'Remover e perder {count} criação | Remover e perder {count} criações',
    removeConfirmUnknown: 'Remover e perdê-las',
    recovered: 'Recuperado',
    recoveredHint:
      'Restaurado a partir da própria pasta depois que a lista de operadores foi encontrada danificada.',
    heading: 'Operadores e configurações',
    operators: 'Operadores',
    active: 'Ativo',
    use: 'Trocar para este operador',
    remove: 'Remover',
    removeTitle: 'Remover o operador {name}?',
    removeBody:
      'A chave de API é apagada do chaveiro, e as contas em cache e o registro de atividade, deste computador. As contas na Truora não são tocadas.',
    removeConfirm: 'Remover operador',
    cancel: 'Cancelar',
    addOperator: 'Adicionar um operador',
    sync: 'Sincronizar todas as contas',
    syncIntro:
      'Copia todas as contas do operador ativo para este computador para que a busca funcione sem conexão.',
    syncStart: 'Sincronizar todas as contas',
    syncResume: 'Retomar a sincronização',
    syncCancel: 'Cancelar a sincronização',
    syncProgress: 'Progresso da sincronização',
    syncHistory: 'Histórico de {done} de {total} contas',
    syncRate: '{rate} contas/s',
    syncEta: 'faltam cerca de {eta}',
    syncState: {
      idle: 'Parada',
      running: 'Sincronizando…',
      cancelled: 'Cancelada',
      failed: 'Falhou',
      done: 'Concluída'
    },
    lastSynced: 'Última sincronização {time}',
    neverSynced: 'Nunca sincronizado',
    cache: 'Cache local',
    cacheAccounts: 'Contas',
    cacheValidations: 'Validações',
    cacheProcesses: 'Processos de identidade',
    cacheOutbox: 'Caixa de saída',
    cacheSize: 'Tamanho em disco',
    clearCache: 'Limpar o cache',
    clearTitle: 'Limpar o cache local?',
    clearBody:
      'As contas e o histórico em cache são apagados deste computador; podem ser sincronizados de novo.',
    keepOutbox: 'Manter as contas que aguardam na caixa de saída',
    clearConfirm: 'Limpar o cache',
    cleared: 'Cache limpo.',
    export: 'Exportar',
    exportCsv: 'Exportar CSV',
    exportJson: 'Exportar JSON',
    exported: '{file} salvo: {count} contas.',
    language: 'Idioma',
    theme: 'Tema',
    themeLight: 'Claro',
    themeDark: 'Escuro',
    themeSystem: 'Igual ao sistema',
    appearance: 'Idioma e aparência',
    syncAccounts: '{count} contas | {count} conta | {count} contas',
    syncAccountsOf: '{count} de cerca de {total} contas',
    syncPages: '{count} páginas | {count} página | {count} páginas'
  },
  support: {
    heading: 'Suporte',
    intro:
      'Se algo der errado, envie ao suporte o diagnóstico (versões e contagens, sem dados pessoais nem chaves) e os arquivos de log.',
    copy: 'Copiar diagnóstico',
    copied: 'Diagnóstico copiado. Cole-o na sua mensagem ao suporte.',
    copyFailed: 'Não foi possível copiar o diagnóstico.',
    openLogs: 'Abrir a pasta de logs',
    openLogsFailed: 'Não foi possível abrir a pasta de logs.'
  },
  passphrase: {
    label: 'Frase-senha',
    confirm: 'Digite a frase-senha de novo',
    show: 'Mostrar',
    hide: 'Ocultar',
    hint: 'Pelo menos 8 caracteres: algumas palavras são mais fáceis de lembrar e mais difíceis de adivinhar. Você a digita sempre que abre o aplicativo, e de novo após {minutes} minutos sem uso.',
    forgetWarning:
      'Uma frase-senha não pode ser recuperada. Se for esquecida, o único caminho é remover o operador e adicionar a chave de API de novo, perdendo o que está em cache neste computador e as criações que ainda aguardam envio.',
    strength: {
      label: 'Força (estimativa):',
      too_short: 'curta demais',
      weak: 'fraca: fácil de adivinhar',
      fair: 'razoável: acrescente uma ou duas palavras',
      good: 'boa',
      strong: 'forte'
    }
  },
  lock: {
    heading: 'Bloqueado',
    who: 'Quem está trabalhando?',
    needsPassphrase: 'Escolher frase-senha',
    passphraseFor: 'Frase-senha de {name}',
    unlock: 'Desbloquear',
    unlocking: 'Desbloqueando…',
    wrong: 'Essa frase-senha não está certa. Tente de novo.',
    wrongWait:
      'Essa frase-senha não está certa. Após várias erradas é preciso esperar: tente de novo em {time}.',
    waitFor: 'Frases-senha erradas demais: tente de novo em {time}.',
    forgot: 'Esqueceu a frase-senha?',
    addOperator: 'Adicionar um operador',
    reason: {
      start: 'A chave e as contas em cache de cada operador só abrem com a frase-senha dele.',
      idle: 'Bloqueado após {minutes} minutos sem uso. Nada foi perdido: desbloqueie para continuar.',
      system: 'Bloqueado porque o computador foi bloqueado ou entrou em suspensão.',
      operator: 'Bloqueado. Escolha quem está trabalhando e digite a frase-senha.',
      removed: 'O operador foi removido. Escolha quem está trabalhando.'
    }
  },
  migration: {
    heading: 'Escolha uma frase-senha para {name}',
    intro:
      'Este operador foi configurado antes das frases-senha. Escolha uma agora: a partir de agora ela tranca a chave de API e as contas em cache deste operador neste computador. Nada se perde: o cache e as criações que aguardam envio ficam como estão.',
    submit: 'Salvar a frase-senha e abrir',
    saving: 'Trancando as chaves com a frase-senha…'
  },
  forgot: {
    title: 'Esqueceu a frase-senha de {name}?',
    body: 'Uma frase-senha não pode ser recuperada nem redefinida: nada mais abre a chave e as contas em cache deste operador neste computador. O único caminho é remover o operador e adicionar a chave de API da Truora de novo. Remover apaga deste computador as contas em cache e o histórico (podem ser sincronizados de novo da Truora) e o registro de atividade.',
    lossNone: 'Nenhuma criação aguarda envio, então nenhuma se perde.',
    lossQueued:
      'Também apaga {count} criação que ainda aguarda envio à Truora: ela nunca será enviada. | Também apaga {count} criações que ainda aguardam envio à Truora: elas nunca serão enviadas.',
    lossUnknown:
      'Não é possível saber quantas criações aguardam envio: as que houver também são apagadas e nunca serão enviadas.',
    confirm: 'Remover {name}'
  },
  security: {
    heading: 'Segurança e privacidade',
    lockAfter: 'Bloquear após ficar sem uso por',
    lockAfterHint:
      'Também bloqueia quando o computador é bloqueado ou entra em suspensão, e com o botão Bloquear (Ctrl+L).',
    minutes: '{count} minuto | {count} minutos',
    retention: 'Esquecer dados pessoais em cache não atualizados há',
    retentionHint:
      'Aplicado ao abrir o aplicativo e diariamente. As criações que aguardam envio são sempre mantidas.',
    retentionOff: 'Nunca (manter)',
    days: '{count} dia | {count} dias',
    saved: 'Salvo.'
  },
  activity: {
    heading: 'Atividade neste computador',
    intro:
      'O que foi feito com a chave e os dados deste operador neste computador, também offline. Só este operador pode ler.',
    empty: 'Nada registrado ainda.',
    unreadable:
      '{count} entrada não pôde ser lida (danificada). | {count} entradas não puderam ser lidas (danificadas).',
    more: 'Mostrar mais',
    export: 'Exportar atividade (CSV)',
    exported: '{file} salvo: {count} entradas.',
    atLockScreen: 'na tela de bloqueio',
    images: '{count} imagem | {count} imagens',
    accounts: '{count} conta | {count} contas',
    days: '{count} dia | {count} dias',
    failures: '{count} errada seguida | {count} erradas seguidas',
    viaOutbox: 'enviada da caixa de saída',
    outboxKept: 'caixa de saída mantida',
    reason: {
      start: 'início do aplicativo',
      operator: 'pelo operador',
      idle: 'sem uso',
      system: 'computador bloqueado ou em suspensão',
      removed: 'operador removido',
      quit: 'aplicativo fechado'
    },
    action: {
      unlock: 'Desbloqueado',
      lock: 'Bloqueado',
      unlock_failed: 'Frase-senha errada',
      passphrase_set: 'Frase-senha escolhida',
      operator_added: 'Operador adicionado',
      operator_removed: 'Operador removido',
      account_opened: 'Conta aberta',
      account_created: 'Conta criada',
      account_queued: 'Conta aguardando envio',
      link_created: 'Link de identidade criado',
      pdf_saved: 'PDF do processo salvo',
      export: 'Cache exportado',
      activity_exported: 'Atividade exportada',
      cache_cleared: 'Cache limpo',
      retention_applied: 'Dados antigos em cache esquecidos',
      validation_captured: 'Consentimento registrado, imagens capturadas para uma validação',
      validation_sent: 'Imagens de validação enviadas à Truora'
    }
  },
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
  },
  notFound: {
    body: 'Esta página não existe.',
    home: 'Ir para a busca'
  }
}

export default ptBR
