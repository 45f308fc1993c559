import type { Locale } from '@/lib/i18n/translate';

// Strings of the publish panel and leads page (kept beside the module; the
// shared dictionaries hold app-wide strings).
const en = {
  title: 'Publish',
  publish: 'Publish',
  republish: 'Publish again',
  publishing: 'Publishing…',
  stepQueued: 'Queued',
  stepBuilding: 'Building',
  stepChecking: 'Checking',
  stepLive: 'Live',
  liveAt: 'Your site is live at',
  notPublished: 'Not published yet. Publishing makes your current draft public.',
  unpublished: 'Unpublished: visitors see a neutral page. Publish again or roll back to bring it back.',
  unpublish: 'Unpublish',
  unpublishConfirm: 'Take the site offline? Visitors will see a neutral page until you publish again.',
  deployments: 'Deployments',
  noDeployments: 'No deployments yet.',
  version: 'Version {version}',
  by: 'by {email}',
  size: '{kb} KB',
  live: 'Live',
  failed: 'Failed',
  rollback: 'Make live',
  checks: 'Checks',
  needsDraft: 'Generate your site first, then publish it here.',
  paymentDue: 'Update payment method',
  leadsTitle: 'Leads',
  leadsSubtitle: 'Messages sent through the contact forms of your published sites.',
  leadsEmpty: 'No leads yet. When visitors use your site’s contact form, their messages appear here.',
  leadsFrom: 'From {site}',
  checksFailed: 'Publishing stopped: the checks below found problems to fix first. Your live site was not changed.',
  stalled: 'This build was interrupted before it finished. Publish again.',
  stalledBadge: 'Interrupted',
  ready: 'Ready',
  inProgress: 'In progress',
  /** Per check and level, by count; empty in English, where each check's own message is shown. */
  checkMessages: {} as Partial<Record<string, { one: string; other: string }>>,
};
export type PublishStrings = typeof en;

const ptBR: PublishStrings = {
  title: 'Publicar',
  publish: 'Publicar',
  republish: 'Publicar de novo',
  publishing: 'Publicando…',
  stepQueued: 'Na fila',
  stepBuilding: 'Gerando',
  stepChecking: 'Verificando',
  stepLive: 'No ar',
  liveAt: 'Seu site está no ar em',
  notPublished: 'Ainda não publicado. Publicar torna o rascunho atual público.',
  unpublished: 'Despublicado: os visitantes veem uma página neutra. Publique de novo ou volte uma versão para reativá-lo.',
  unpublish: 'Despublicar',
  unpublishConfirm: 'Tirar o site do ar? Os visitantes verão uma página neutra até você publicar de novo.',
  deployments: 'Publicações',
  noDeployments: 'Nenhuma publicação ainda.',
  version: 'Versão {version}',
  by: 'por {email}',
  size: '{kb} KB',
  live: 'No ar',
  failed: 'Falhou',
  rollback: 'Colocar no ar',
  checks: 'Verificações',
  needsDraft: 'Gere seu site primeiro e depois publique aqui.',
  paymentDue: 'Atualizar forma de pagamento',
  leadsTitle: 'Contatos',
  leadsSubtitle: 'Mensagens enviadas pelos formulários de contato dos seus sites publicados.',
  leadsEmpty: 'Nenhum contato ainda. Quando visitantes usarem o formulário do seu site, as mensagens aparecerão aqui.',
  leadsFrom: 'De {site}',
  checksFailed: 'Publicação interrompida: as verificações abaixo encontraram problemas para corrigir antes. Seu site no ar não mudou.',
  stalled: 'Esta geração foi interrompida antes de terminar. Publique de novo.',
  stalledBadge: 'Interrompida',
  ready: 'Pronta',
  inProgress: 'Em andamento',
  checkMessages: {
    'broken-links.error': { one: '1 link interno quebrado levaria os visitantes a lugar nenhum.', other: '{count} links internos quebrados levariam os visitantes a lugar nenhum.' },
    'broken-links.warning': { one: '1 link ou imagem pode não funcionar como esperado.', other: '{count} links ou imagens podem não funcionar como esperado.' },
    'alt-text.error': { one: '1 imagem não pode ser entendida por quem usa leitor de tela.', other: '{count} imagens não podem ser entendidas por quem usa leitor de tela.' },
    'alt-text.warning': { one: '1 imagem sem descrição (texto alternativo).', other: '{count} imagens sem descrição (texto alternativo).' },
    'heading-order.warning': { one: '1 problema nos títulos dificulta a navegação com leitor de tela.', other: '{count} problemas nos títulos dificultam a navegação com leitor de tela.' },
    'contrast.error': { one: 'Um par de cores é difícil de ler.', other: '{count} pares de cores são difíceis de ler.' },
    'contrast.warning': { one: 'Um par de cores estava abaixo do AA e foi ajustado para o texto continuar legível.', other: '{count} pares de cores estavam abaixo do AA e foram ajustados para o texto continuar legível.' },
    'page-weight.error': { one: 'Uma página é pesada demais para publicar; encurte o texto ou divida a página.', other: '{count} páginas são pesadas demais para publicar; encurte o texto ou divida as páginas.' },
    'page-weight.warning': { one: 'Uma página está mais pesada que o recomendado e pode carregar devagar no celular.', other: '{count} páginas estão mais pesadas que o recomendado e podem carregar devagar no celular.' },
    'translations.warning': { one: 'Falta algum texto em um idioma; ali os visitantes veem o idioma principal.', other: 'Faltam textos em {count} idiomas; ali os visitantes veem o idioma principal.' },
    error: { one: '1 problema precisa ser corrigido antes de publicar.', other: '{count} problemas precisam ser corrigidos antes de publicar.' },
  },
};

/** A check's sentence in the panel's language: the translation by id, level and count, else its own (English) message. */
export function checkMessage(strings: PublishStrings, check: { id: string; level: string; message: string; count?: number }): string {
  const forms = check.count === undefined ? undefined : (strings.checkMessages[`${check.id}.${check.level}`] ?? (check.level === 'error' ? strings.checkMessages.error : undefined));
  if (!forms || check.count === undefined) return check.message;
  return (check.count === 1 ? forms.one : forms.other).replace('{count}', String(check.count));
}

export function publishStrings(locale: Locale): PublishStrings {
  return locale === 'pt-BR' ? ptBR : en;
}
