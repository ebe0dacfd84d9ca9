// Brazilian Portuguese messages for the settings view: settings, support and the activity log; typed against the English ones.
import type { SettingsMessages } from '../en/settings'

export const settings: SettingsMessages = {
  settings: {
    tryAgain: 'Tentar outra vez',
    keychainReadable: 'O chaveiro pode ser lido novamente.',
    keychainProblemFor: 'Problema no chaveiro de {name}',
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
  }
}
