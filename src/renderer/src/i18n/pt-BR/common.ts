// Brazilian Portuguese messages for app shell: name, views, navigation, connectivity, freshness and the small shared widgets; typed against the English ones.
import type { CommonMessages } from '../en/common'

export const common: CommonMessages = {
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
  freshness: {
    network: 'Da Truora {age}',
    cache: 'Em cache {age}',
    justNow: 'agora mesmo',
    stale: 'pode estar desatualizado',
    refresh: 'Atualizar',
    refreshing: 'Atualizando…'
  },
  copy: {
    copy: 'Copiar',
    copyLabel: 'Copiar {what}',
    copied: 'Copiado para a área de transferência.',
    failed: 'Não foi possível copiar: selecione o texto e copie manualmente.'
  },
  date: {
    day: 'dd',
    month: 'mm',
    year: 'aaaa'
  },
  notFound: {
    body: 'Esta página não existe.',
    home: 'Ir para a busca'
  }
}
