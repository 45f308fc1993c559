/**
 * pt-BR for every message a person can see in an error: AppError messages and the custom zod
 * messages of our input schemas. Keyed by the English text, because that is what the domain code
 * throws (it stays framework-free and locale-free); `{0}`, `{1}` stand for the `${…}` parts of a
 * template literal, in order. A test scans src/ and fails when a message has no entry here.
 *
 * Not here on purpose: the site document schema's messages (src/modules/document), which are
 * written for the model's repair loop, not for people.
 */
export const ERROR_MESSAGES_PT_BR: Record<string, string> = {
  // Generic (errors.ts, define-action, route handlers)
  'Something went wrong on our side. Please try again.': 'Algo deu errado do nosso lado. Tente de novo.',
  'Please check the form.': 'Confira o formulário.',
  'Invalid request.': 'Pedido inválido.',
  'Please sign in again.': 'Entre de novo na sua conta.',
  'That project does not exist.': 'Esse projeto não existe.',
  'Unknown project.': 'Projeto desconhecido.',
  'Not found.': 'Não encontrado.',
  'Your subscription payment is past due.': 'O pagamento da sua assinatura está atrasado.',
  "Your plan's limit for {0} is reached.": 'Você atingiu o limite de {0} do seu plano.',
  'You do not have permission to do that.': 'Você não tem permissão para fazer isso.',
  'That is already taken.': 'Isso já está em uso.',
  'Some of the values are not valid.': 'Alguns valores não são válidos.',
  'A related record no longer exists.': 'Um registro relacionado não existe mais.',
  'Too many attempts. Try again in {0} minute(s).': 'Muitas tentativas. Tente de novo em {0} minuto(s).',
  'Too many attempts. Try again in a few minutes.': 'Muitas tentativas. Tente de novo em alguns minutos.',

  // Accounts and auth
  'An account with this email already exists. Sign in instead.': 'Já existe uma conta com este e-mail. Entre na sua conta.',
  'Email or password is incorrect.': 'E-mail ou senha incorretos.',
  'This account is suspended. Contact support.': 'Esta conta está suspensa. Fale com o suporte.',
  'This link is invalid or has expired. Ask for a new one.': 'Este link é inválido ou expirou. Peça um novo.',
  'Your reset link has expired. Ask for a new one.': 'Seu link de redefinição expirou. Peça um novo.',
  'Choose a stronger password.': 'Escolha uma senha mais forte.',
  'Use at least 8 characters.': 'Use pelo menos 8 caracteres.',
  'Use at most 200 characters.': 'Use no máximo 200 caracteres.',
  'Enter your password.': 'Digite sua senha.',
  'Enter a valid email address.': 'Digite um e-mail válido.',
  'That client does not exist.': 'Esse cliente não existe.',
  'Stop impersonating before using the admin area.': 'Saia do modo "agir como cliente" antes de usar a área de administração.',
  'Only client accounts can be impersonated.': 'Só é possível agir como contas de clientes.',

  // Storage
  'Invalid storage key.': 'Chave de armazenamento inválida.',
  'Invalid content type.': 'Tipo de conteúdo inválido.',
  'A stored file is damaged.': 'Um arquivo armazenado está danificado.',
  'This storage key clashes with another key.': 'Esta chave de armazenamento conflita com outra.',
  'The file is too large for storage.': 'O arquivo é grande demais para o armazenamento.',
  'File storage could not {0}. Try again in a moment.': 'O armazenamento de arquivos não conseguiu {0}. Tente de novo em instantes.',

  // Build and publish
  'Not a SHA-256 hex digest.': 'Não é um resumo SHA-256 em hexadecimal.',
  'Two pages would be published at the same address: {0}. Rename the page.': 'Duas páginas seriam publicadas no mesmo endereço: {0}. Renomeie a página.',
  'Cannot add asset tags: the page does not have exactly one {0}.': 'Não foi possível incluir os arquivos da página: ela não tem exatamente um {0}.',
  'Cannot add asset tags: </body> comes before </head>.': 'Não foi possível incluir os arquivos da página: </body> vem antes de </head>.',
  'The site address is not a valid URL.': 'O endereço do site não é uma URL válida.',
  'The site address must be an http(s) origin such as https://example.com.': 'O endereço do site precisa ser uma origem http(s), como https://exemplo.com.',
  'A built file does not match its recorded hash.': 'Um arquivo gerado não confere com o hash registrado.',
  'Leave an email, a phone number or a message.': 'Deixe um e-mail, um telefone ou uma mensagem.',
  'Generate your site before publishing it.': 'Gere o seu site antes de publicá-lo.',
  'Your subscription payment is past due. Update your payment method to publish; your live sites keep working.':
    'O pagamento da sua assinatura está atrasado. Atualize a forma de pagamento para publicar; seus sites no ar continuam funcionando.',
  'That project does not exist or you cannot publish it.': 'Esse projeto não existe ou você não pode publicá-lo.',
  'This build was interrupted before it finished. Publish again.': 'Esta geração foi interrompida antes de terminar. Publique de novo.',
  'The build failed on our side. Publish again in a moment; your live site was not changed.':
    'A geração falhou do nosso lado. Publique de novo em instantes; seu site no ar não mudou.',
  'Only a deployment that built successfully can go live.': 'Só uma publicação gerada com sucesso pode ir ao ar.',
  'That project does not exist or you cannot unpublish it.': 'Esse projeto não existe ou você não pode despublicá-lo.',

  // Generate
  '"{0}" is not a language code like "es" or "pt-BR".': '"{0}" não é um código de idioma como "es" ou "pt-BR".',
  'The site already has {0}.': 'O site já tem {0}.',
  'A site can have at most {0} languages.': 'Um site pode ter no máximo {0} idiomas.',
  'Unknown section type "{0}".': 'Tipo de seção desconhecido: "{0}".',
  'There is no page "{0}" on this site.': 'Não existe a página "{0}" neste site.',
  'This section cannot be made with Page Magic.': 'Esta seção não pode ser feita com o Page Magic.',
  'The draft has no home page to continue.': 'O rascunho não tem página inicial para continuar.',
  'There is no section "{0}" on this site.': 'Não existe a seção "{0}" neste site.',
  'This kind of site cannot be built with Page Magic.': 'Este tipo de site não pode ser feito com o Page Magic.',
  'The section could not be written right now. Please try again.': 'Não foi possível escrever a seção agora. Tente de novo.',
  'Choose at least one language for the site.': 'Escolha pelo menos um idioma para o site.',
  'This change cannot be made with Page Magic.': 'Esta alteração não pode ser feita com o Page Magic.',
  'Describe your site.': 'Descreva o seu site.',
  'Describe your site in a few words.': 'Descreva o seu site em poucas palavras.',
  'Keep the description under 2,000 characters.': 'Mantenha a descrição abaixo de 2.000 caracteres.',
  'Pick at least one language.': 'Escolha pelo menos um idioma.',
  'Each language once.': 'Cada idioma só uma vez.',
  'Say how to change it.': 'Diga como quer mudar.',
  'Generate the site first; there is no draft to edit yet.': 'Gere o site primeiro; ainda não há rascunho para editar.',
  'The partial site could not be read; generate it again.': 'Não foi possível ler o site parcial; gere de novo.',
  'Unknown section type.': 'Tipo de seção desconhecido.',
  'The site already has that language.': 'O site já tem esse idioma.',
  "We can't help build this kind of site. If we got it wrong, rephrase your description or contact support.":
    'Não podemos ajudar a criar este tipo de site. Se entendemos errado, reescreva a descrição ou fale com o suporte.',
  'The site could not be saved: {0}': 'Não foi possível salvar o site: {0}',
  'That project does not exist or you cannot edit it.': 'Esse projeto não existe ou você não pode editá-lo.',
  "You have used this month's {0} on your plan. It resets on {1}. Upgrade for more.":
    'Você já usou {0} deste mês no seu plano. O limite renova em {1}. Mude de plano para ter mais.',

  // Projects
  'That address is taken. Try another.': 'Esse endereço já está em uso. Tente outro.',
  'The address “{0}” is taken. Try another.': 'O endereço “{0}” já está em uso. Tente outro.',
  'Could not find a free address. Choose one yourself.': 'Não encontramos um endereço livre. Escolha um você mesmo.',
  'That project does not exist or you cannot delete it.': 'Esse projeto não existe ou você não pode excluí-lo.',
  'That project does not exist or you cannot change it.': 'Esse projeto não existe ou você não pode alterá-lo.',
  'Give your project a name.': 'Dê um nome ao seu projeto.',
  'Keep the name under 80 characters.': 'Mantenha o nome abaixo de 80 caracteres.',
  'The address needs at least 2 characters.': 'O endereço precisa de pelo menos 2 caracteres.',
  'The address can have at most 63 characters.': 'O endereço pode ter no máximo 63 caracteres.',
  'Use lowercase letters, numbers and single dashes; start and end with a letter or number.':
    'Use letras minúsculas, números e hifens simples; comece e termine com letra ou número.',
  'Use single dashes only.': 'Use apenas hifens simples.',
  'That address is reserved. Try another.': 'Esse endereço é reservado. Tente outro.',
};

/** The English words that appear inside templates ({0}) and have a pt-BR form. */
export const ERROR_VALUES_PT_BR: Record<string, string> = {
  projects: 'projetos',
  'team members': 'membros da equipe',
  generations: 'gerações',
  'ai tokens': 'tokens de IA',
  'AI tokens': 'tokens de IA',
  'the start of next month': 'o início do próximo mês',
  'save a file': 'salvar um arquivo',
  'read a file': 'ler um arquivo',
  'check a file': 'verificar um arquivo',
  'delete a file': 'excluir um arquivo',
  'invalid document': 'documento inválido',
};
