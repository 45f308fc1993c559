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
};

export function publishStrings(locale: Locale): PublishStrings {
  return locale === 'pt-BR' ? ptBR : en;
}
