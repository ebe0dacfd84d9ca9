// Brazilian Portuguese messages for identity processes: the link handed over, its PDF, and the form that creates it; typed against the English ones.
import type { ProcessesMessages } from '../en/processes'

export const processes: ProcessesMessages = {
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
  }
}
