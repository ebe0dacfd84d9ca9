// Brazilian Portuguese messages for operators and their session: the operator form, first run, key expiry, passphrase, lock, migration, recovery, security; typed against the English ones.
import type { OperatorsMessages } from '../en/operators'

export const operators: OperatorsMessages = {
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
  keyExpiry: {
    soon: 'Esta chave de API vence em {date}, daqui a {count} dias. Peça uma nova à Truora antes disso. | Esta chave de API vence em {date}, amanhã. Peça uma nova à Truora antes disso. | Esta chave de API vence em {date}, daqui a {count} dias. Peça uma nova à Truora antes disso.',
    expired:
      'Esta chave de API venceu em {date}: a Truora a recusa. Adicione o operador de novo com uma chave nova.',
    soonShort: 'A chave vence em {count} dias | A chave vence amanhã | A chave vence em {count} dias',
    expiredShort: 'Chave vencida'
  },
  passphrase: {
    label: 'Frase-senha',
    confirm: 'Digite a frase-senha de novo',
    show: 'Mostrar frase-senha',
    hide: 'Ocultar frase-senha',
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
      operator: 'Escolha quem está trabalhando e digite a frase-senha.',
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
  }
}
