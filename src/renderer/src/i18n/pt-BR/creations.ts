// Brazilian Portuguese messages for creating an account: the form, duplicate warnings, queued (pending) creations and the outbox; typed against the English ones.
import type { CreationsMessages } from '../en/creations'

export const creations: CreationsMessages = {
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
  outbox: {
    sentToast: 'A conta na fila foi criada na Truora como {id}.',
    heading: 'Caixa de saída',
    intro:
      'Contas criadas e validações presenciais capturadas sem conexão aguardam aqui, e são enviadas em ordem quando a rede volta.',
    empty: 'Nada aguardando envio.',
    pending: 'Pendente',
    sending: 'Enviando',
    failed: 'Falhou',
    needsChecking: 'A verificar',
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
  }
}
