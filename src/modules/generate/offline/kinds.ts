import type { SectionType } from '@/modules/document/section-registry';
import type { KindDef } from './types';

// Section plans per kind: 7–10 sections, footer last. Galleries are left out on purpose: they
// need photos we do not have yet (the person can add one; see compose-offline-section).
const FOOD: SectionType[] = ['hero', 'features', 'about', 'menu', 'testimonials', 'faq', 'cta', 'contact', 'footer'];
const CARE: SectionType[] = ['hero', 'services', 'features', 'about', 'team', 'testimonials', 'faq', 'cta', 'contact', 'footer'];
const ADVICE: SectionType[] = ['hero', 'services', 'about', 'team', 'testimonials', 'faq', 'cta', 'contact', 'footer'];
const TRADE: SectionType[] = ['hero', 'services', 'features', 'stats', 'testimonials', 'faq', 'cta', 'contact', 'footer'];
const PLANS: SectionType[] = ['hero', 'features', 'pricing', 'about', 'testimonials', 'faq', 'cta', 'contact', 'footer'];
const SHOP: SectionType[] = ['hero', 'features', 'menu', 'about', 'testimonials', 'faq', 'contact', 'footer'];

type Def = Omit<KindDef, 'noun' | 'nameWord'> & { noun: [string, string, string, 'm' | 'f']; nameWord: [string, string, string] };

function kind(def: Def): KindDef {
  const [en, pt, es, gender] = def.noun;
  const [nameEn, namePt, nameEs] = def.nameWord;
  return { ...def, noun: { en, pt, es, gender }, nameWord: { en: nameEn, pt: namePt, es: nameEs } };
}

/** Every kind the offline composer writes for. Order matters only for ties in detection. */
export const kinds: readonly KindDef[] = [
  kind({ id: 'bakery', family: 'food', schemaKind: 'Bakery', noun: ['bakery', 'padaria', 'panadería', 'f'], nameWord: ['Bakery', 'Padaria', 'Panadería'], naming: 'place',
    keywords: 'padarias?|bakery|bakeries|baker|panaderias?|pastelarias?|pastelerias?|confeitarias?|docerias?|patisserie|pastry|pastries|cake shop|bolos|cakes|sourdough|paes|bread|brigadeiros?',
    sections: FOOD, offerSection: 'menu', style: 'playful', palettes: ['sunrise', 'sand', 'blush'] }),
  kind({ id: 'restaurant', family: 'food', schemaKind: 'Restaurant', noun: ['restaurant', 'restaurante', 'restaurante', 'm'], nameWord: ['Kitchen', 'Restaurante', 'Restaurante'], naming: 'place',
    keywords: 'restaurantes?|restaurants?|pizzarias?|pizzerias?|pizza|hamburguerias?|burgers?|sushi|churrascarias?|bistros?|trattoria|cantina|lanchonetes?|food truck|marmitas?|comida caseira|taquerias?|steakhouse|bbq|diner|eatery|self-service|rodizio',
    sections: ['hero', 'features', 'menu', 'about', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'menu', style: 'elegant', palettes: ['sunrise', 'midnight', 'sand'] }),
  kind({ id: 'cafe', family: 'food', schemaKind: 'CafeOrCoffeeShop', noun: ['café', 'café', 'cafetería', 'm'], nameWord: ['Coffee', 'Café', 'Café'], naming: 'place',
    keywords: 'coffee shops?|coffee house|coffee|cafes?|cafeterias?|cafeteria|casa de cha|tea house|tea room|espresso bar|brunch',
    sections: ['hero', 'features', 'menu', 'about', 'testimonials', 'faq', 'contact', 'footer'], offerSection: 'menu', style: 'minimal', palettes: ['sand', 'sunrise', 'forest'] }),
  kind({ id: 'bar', family: 'food', schemaKind: 'BarOrPub', noun: ['bar', 'bar', 'bar', 'm'], nameWord: ['Bar', 'Bar', 'Bar'], naming: 'place',
    keywords: 'bar|bares|pubs?|cervejarias?|brewery|breweries|brewpub|cocktails?|coqueteis|drinks|botecos?|botequim|tabernas?|wine bar|speakeasy|happy hour',
    sections: FOOD, offerSection: 'menu', style: 'bold', palettes: ['midnight', 'sunrise'] }),
  kind({ id: 'salon', family: 'beauty', schemaKind: 'HealthAndBeautyBusiness', noun: ['beauty salon', 'salão de beleza', 'salón de belleza', 'm'], nameWord: ['Beauty', 'Salão', 'Salón'], naming: 'place',
    keywords: 'salao de beleza|saloes|salao|beauty salon|hair salon|salons?|beauty|beleza|manicures?|nail bar|nails|cabeleireir[oa]s?|hairdressers?|esteticas?|estetica|spa|maquiagem|makeup|make-up|peluquerias?|salon de belleza|sobrancelhas?|depilacao|lash',
    sections: ['hero', 'services', 'features', 'about', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'elegant', palettes: ['blush', 'sand'] }),
  kind({ id: 'barber', family: 'beauty', schemaKind: 'HealthAndBeautyBusiness', noun: ['barbershop', 'barbearia', 'barbería', 'f'], nameWord: ['Barbershop', 'Barbearia', 'Barbería'], naming: 'place',
    keywords: 'barbearias?|barbershops?|barber shops?|barbers?|barberias?|barbeiros?',
    sections: ['hero', 'services', 'about', 'stats', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'bold', palettes: ['midnight', 'slate', 'sand'] }),
  kind({ id: 'gym', family: 'fitness', schemaKind: 'SportsActivityLocation', noun: ['gym', 'academia', 'gimnasio', 'f'], nameWord: ['Fitness', 'Academia', 'Gimnasio'], naming: 'place',
    keywords: 'academias?|gyms?|fitness|crossfit|musculacao|personal trainers?|gimnasios?|workouts?|treinos?|jiu-jitsu|artes marciais|martial arts|boxing|boxe|funcional',
    sections: ['hero', 'features', 'pricing', 'stats', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'pricing', style: 'bold', palettes: ['midnight', 'citrus', 'ocean'] }),
  kind({ id: 'yoga', family: 'fitness', schemaKind: 'SportsActivityLocation', noun: ['yoga studio', 'estúdio de yoga', 'estudio de yoga', 'm'], nameWord: ['Yoga', 'Yoga', 'Yoga'], naming: 'place',
    keywords: 'yoga studio|estudio de yoga|yoga|ioga|pilates|meditacao|meditation|meditacion|mindfulness',
    sections: PLANS, offerSection: 'pricing', style: 'minimal', palettes: ['forest', 'sand', 'blush'] }),
  kind({ id: 'dentist', family: 'health', schemaKind: 'MedicalBusiness', noun: ['dental clinic', 'clínica odontológica', 'clínica dental', 'f'], nameWord: ['Dental', 'Odontologia', 'Dental'], naming: 'place',
    keywords: 'clinica odontologica|clinica dental|consultorio odontologico|dentistas?|dentists?|dental|odontolog\\w*|ortodont\\w*|orthodont\\w*|implantes? dentarios?',
    sections: CARE, offerSection: 'services', style: 'minimal', palettes: ['ocean', 'slate'], honorific: 'doctor' }),
  kind({ id: 'clinic', family: 'health', schemaKind: 'MedicalBusiness', noun: ['medical clinic', 'clínica médica', 'clínica médica', 'f'], nameWord: ['Health', 'Clínica', 'Clínica'], naming: 'place',
    keywords: 'clinica medica|clinicas?|clinics?|consultorios?|medic[oa]s?|medical|doctors?|pediatr\\w*|dermatolog\\w*|cardiolog\\w*|ginecolog\\w*|fisioterap\\w*|physiotherap\\w*|psicolog\\w*|psychologists?|therapists?|terapeutas?|nutricionistas?|nutritionists?|saude|health care|healthcare',
    sections: ADVICE, offerSection: 'services', style: 'minimal', palettes: ['ocean', 'forest', 'slate'], honorific: 'doctor' }),
  kind({ id: 'vet', family: 'health', schemaKind: 'MedicalBusiness', noun: ['veterinary clinic', 'clínica veterinária', 'clínica veterinaria', 'f'], nameWord: ['Vet', 'Veterinária', 'Veterinaria'], naming: 'place',
    keywords: 'clinica veterinaria|veterinari\\w*|vets?|animal hospital|hospital veterinario',
    sections: CARE, offerSection: 'services', style: 'playful', palettes: ['forest', 'ocean', 'citrus'], honorific: 'doctor' }),
  kind({ id: 'pet', family: 'retail', schemaKind: 'Store', noun: ['pet shop', 'pet shop', 'tienda de mascotas', 'm'], nameWord: ['Pets', 'Pet', 'Mascotas'], naming: 'place',
    keywords: 'pet shops?|petshops?|banho e tosa|grooming|dog walkers?|passeador\\w*|creche para caes|hotel para caes|mascotas|peluqueria canina|pets?|cachorros?|dogs?|gatos?|cats?',
    sections: ['hero', 'services', 'features', 'about', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'playful', palettes: ['citrus', 'sunrise', 'ocean'] }),
  kind({ id: 'lawyer', family: 'professional', schemaKind: 'LegalService', noun: ['law firm', 'escritório de advocacia', 'despacho de abogados', 'm'], nameWord: ['Law', 'Advocacia', 'Abogados'], naming: 'brand',
    keywords: 'escritorio de advocacia|law firm|advocacia|advogad[oa]s?|lawyers?|attorneys?|abogad[oa]s?|juridic[oa]s?|legal services?|direito (trabalhista|civil|penal|de familia|tributario|empresarial|previdenciario|imobiliario|do consumidor)|trabalhista',
    sections: ADVICE, offerSection: 'services', style: 'elegant', palettes: ['slate', 'midnight', 'sand'], honorific: 'counsel' }),
  kind({ id: 'accountant', family: 'professional', schemaKind: 'ProfessionalService', noun: ['accounting firm', 'escritório de contabilidade', 'despacho contable', 'm'], nameWord: ['Accounting', 'Contabilidade', 'Contable'], naming: 'brand',
    keywords: 'escritorio de contabilidade|contabilidade|contabil|contador\\w*|accountants?|accounting|bookkeep\\w*|contables?|contabilidad|imposto de renda|tax returns?|impuestos',
    sections: ['hero', 'services', 'features', 'about', 'stats', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'minimal', palettes: ['slate', 'ocean'] }),
  kind({ id: 'consultant', family: 'professional', schemaKind: 'ProfessionalService', noun: ['consultancy', 'consultoria', 'consultoría', 'f'], nameWord: ['Consulting', 'Consultoria', 'Consultoría'], naming: 'brand',
    keywords: 'consultorias?|consulting|consultants?|consultor\\w*|coach\\w*|mentorias?|mentoring|asesor\\w*',
    sections: ['hero', 'services', 'about', 'stats', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'minimal', palettes: ['slate', 'ocean', 'forest'] }),
  kind({ id: 'realEstate', family: 'professional', schemaKind: 'ProfessionalService', noun: ['real estate agency', 'imobiliária', 'inmobiliaria', 'f'], nameWord: ['Realty', 'Imóveis', 'Inmobiliaria'], naming: 'place',
    keywords: 'imobiliarias?|imoveis|real estate|realtors?|corretor\\w* de imoveis|corretor\\w*|inmobiliarias?|apartamentos a venda|properties|property agency',
    sections: ['hero', 'services', 'features', 'stats', 'about', 'testimonials', 'faq', 'contact', 'footer'], offerSection: 'services', style: 'elegant', palettes: ['slate', 'ocean', 'sand'] }),
  kind({ id: 'photographer', family: 'creative', schemaKind: 'ProfessionalService', noun: ['photography studio', 'estúdio de fotografia', 'estudio de fotografía', 'm'], nameWord: ['Photography', 'Fotografia', 'Fotografía'], naming: 'brand',
    keywords: 'wedding photograph\\w*|fotograf\\w*|photograph\\w*|photo studio|ensaios? fotograficos?|photoshoots?',
    sections: ['hero', 'services', 'about', 'features', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'elegant', palettes: ['midnight', 'slate', 'sand'] }),
  kind({ id: 'wedding', family: 'creative', schemaKind: 'ProfessionalService', noun: ['wedding planner', 'assessoria de casamentos', 'organización de bodas', 'f'], nameWord: ['Weddings', 'Casamentos', 'Bodas'], naming: 'place',
    keywords: 'wedding planners?|assessoria de casamentos?|cerimonial|weddings?|casamentos?|bodas?|noivas|bridal',
    sections: ['hero', 'services', 'features', 'about', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'elegant', palettes: ['blush', 'sand'] }),
  kind({ id: 'architect', family: 'creative', schemaKind: 'ProfessionalService', noun: ['architecture studio', 'escritório de arquitetura', 'estudio de arquitectura', 'm'], nameWord: ['Architects', 'Arquitetura', 'Arquitectura'], naming: 'brand',
    keywords: 'arquitet\\w*|architect\\w*|arquitect\\w*|interior design|design de interiores|interiores|paisagismo|landscape design',
    sections: ['hero', 'services', 'about', 'stats', 'testimonials', 'faq', 'contact', 'footer'], offerSection: 'services', style: 'minimal', palettes: ['slate', 'sand', 'midnight'] }),
  kind({ id: 'musician', family: 'creative', schemaKind: 'Organization', noun: ['band', 'banda', 'banda', 'f'], nameWord: ['Band', 'Banda', 'Banda'], naming: 'brand',
    keywords: 'bandas?|bands?|musicians?|music|musica|musico|musicos|singers?|cantor\\w*|djs?|grupo musical|orquestras?|quartet\\w*',
    sections: ['hero', 'about', 'services', 'stats', 'testimonials', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'bold', palettes: ['midnight', 'blush'] }),
  kind({ id: 'portfolio', family: 'creative', schemaKind: 'Person', noun: ['portfolio', 'portfólio', 'portafolio', 'm'], nameWord: ['Studio', 'Estúdio', 'Estudio'], naming: 'brand',
    keywords: 'portfolios?|portifolio|personal website|personal site|site pessoal|pagina pessoal|curriculo|resume|cv|freelancers?|freelance|designers?|desenvolvedor\\w*|developers?|ux|ilustrador\\w*|illustrators?|writers?|redator\\w*',
    sections: ['hero', 'about', 'services', 'stats', 'testimonials', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'minimal', palettes: ['slate', 'midnight', 'sand'] }),
  kind({ id: 'construction', family: 'home', schemaKind: 'HomeAndConstructionBusiness', noun: ['construction company', 'construtora', 'constructora', 'f'], nameWord: ['Builders', 'Construtora', 'Constructora'], naming: 'place',
    keywords: 'construtoras?|construcao|construction|builders?|reformas?|renovations?|remodel\\w*|empreiteir\\w*|obras?|constructoras?|reformas residenciais|pedreiros?',
    sections: TRADE, offerSection: 'services', style: 'bold', palettes: ['sunrise', 'slate'] }),
  kind({ id: 'trades', family: 'home', schemaKind: 'HomeAndConstructionBusiness', noun: ['repair service', 'serviço de reparos', 'servicio de reparaciones', 'm'], nameWord: ['Repairs', 'Reparos', 'Reparaciones'], naming: 'place',
    keywords: 'encanador\\w*|plumb\\w*|eletricistas?|electricians?|electricistas?|eletric\\w*|handyman|marido de aluguel|faz tudo|reparos|repairs?|fontaner\\w*|hvac|ar-condicionado|ar condicionado|chaveiros?|locksmiths?',
    sections: ['hero', 'services', 'features', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'bold', palettes: ['ocean', 'sunrise', 'slate'] }),
  kind({ id: 'cleaning', family: 'home', schemaKind: 'HomeAndConstructionBusiness', noun: ['cleaning service', 'serviço de limpeza', 'servicio de limpieza', 'm'], nameWord: ['Cleaning', 'Limpeza', 'Limpieza'], naming: 'place',
    keywords: 'limpeza|cleaning|cleaners?|diaristas?|faxinas?|faxineir\\w*|housekeeping|limpieza|lavanderias?|laundry',
    sections: ['hero', 'features', 'pricing', 'stats', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'pricing', style: 'playful', palettes: ['ocean', 'citrus'] }),
  kind({ id: 'school', family: 'learning', schemaKind: 'EducationalOrganization', noun: ['school', 'escola', 'escuela', 'f'], nameWord: ['School', 'Escola', 'Escuela'], naming: 'place',
    keywords: 'music school|escola de musica|escolas?|schools?|cursos?|courses?|tutoring|tutors?|aulas particulares|aulas de (ingles|musica|reforco|violao|piano|idiomas|portugues|matematica|redacao)|classes particulares|reforco escolar|cursinhos?|language school|escola de idiomas|idiomas|colegios?|kindergarten|creches?|educacao infantil|escuelas?|ensino|teaching',
    sections: ['hero', 'features', 'pricing', 'about', 'team', 'testimonials', 'faq', 'contact', 'footer'], offerSection: 'pricing', style: 'playful', palettes: ['ocean', 'citrus', 'sunrise'] }),
  kind({ id: 'agency', family: 'tech', schemaKind: 'ProfessionalService', noun: ['digital agency', 'agência digital', 'agencia digital', 'f'], nameWord: ['Digital', 'Digital', 'Digital'], naming: 'brand',
    keywords: 'agencia digital|digital agency|agencias?|agency|agencies|marketing|web design|webdesign|desenvolvimento de software|software house|software development|design studio|branding|social media|trafego pago|seo agency',
    sections: ['hero', 'services', 'stats', 'about', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'bold', palettes: ['midnight', 'slate', 'ocean'] }),
  kind({ id: 'startup', family: 'tech', schemaKind: 'Organization', noun: ['platform', 'plataforma', 'plataforma', 'f'], nameWord: ['App', 'App', 'App'], naming: 'brand',
    keywords: 'startups?|saas|apps?|aplicativos?|plataformas?|platform|software|fintech|aplicacion|tool for|ferramenta|produto digital|b2b',
    sections: ['hero', 'features', 'stats', 'pricing', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'pricing', style: 'minimal', palettes: ['ocean', 'midnight', 'slate'] }),
  kind({ id: 'shop', family: 'retail', schemaKind: 'Store', noun: ['shop', 'loja', 'tienda', 'f'], nameWord: ['Shop', 'Loja', 'Tienda'], naming: 'place',
    keywords: 'lojas?|loja virtual|online store|stores?|shops?|e-commerce|ecommerce|boutiques?|tiendas?|roupas|clothing|moda|fashion|acessorios|accessories|joias|jewelry|jewellery|velas|candles|ceramicas?|ceramics|sapatos|shoes|brechos?|thrift',
    sections: SHOP, offerSection: 'menu', style: 'minimal', palettes: ['blush', 'sand', 'slate'] }),
  kind({ id: 'florist', family: 'retail', schemaKind: 'Store', noun: ['flower shop', 'floricultura', 'floristería', 'f'], nameWord: ['Flowers', 'Floricultura', 'Floristería'], naming: 'place',
    keywords: 'floriculturas?|florists?|flower shops?|flores|flowers|floristerias?|florerias?|buques?|bouquets?|arranjos florais',
    sections: SHOP, offerSection: 'menu', style: 'playful', palettes: ['blush', 'forest', 'citrus'] }),
  kind({ id: 'hotel', family: 'hospitality', schemaKind: 'LodgingBusiness', noun: ['guesthouse', 'pousada', 'posada', 'f'], nameWord: ['Guesthouse', 'Pousada', 'Posada'], naming: 'place',
    keywords: 'boutique hotel|hotel\\w*|pousadas?|hostels?|guest ?houses?|inns?|bed and breakfast|b&b|hospedage\\w*|alojamientos?|posadas?|casa rural|resorts?|chales?|airbnb',
    sections: ['hero', 'features', 'services', 'about', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'elegant', palettes: ['sand', 'ocean', 'forest'] }),
  kind({ id: 'travel', family: 'hospitality', schemaKind: 'LocalBusiness', noun: ['travel agency', 'agência de viagens', 'agencia de viajes', 'f'], nameWord: ['Travel', 'Viagens', 'Viajes'], naming: 'place',
    keywords: 'travel agency|agencia de viagens|agencia de viajes|viagens|viagem|travel|tours?|turismo|tourism|passeios|excursoes|excursions?|viajes|roteiros',
    sections: ['hero', 'services', 'features', 'about', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'playful', palettes: ['ocean', 'sunrise'] }),
  kind({ id: 'nonprofit', family: 'community', schemaKind: 'Organization', noun: ['nonprofit', 'ONG', 'ONG', 'f'], nameWord: ['Foundation', 'Instituto', 'Fundación'], naming: 'brand',
    keywords: 'ongs?|nonprofits?|non-profits?|charity|charities|sem fins lucrativos|sin fines de lucro|voluntari\\w*|volunteers?|doacoes|donations|projeto social|fundacao|foundation|fundacion|social project',
    sections: ['hero', 'about', 'features', 'stats', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'playful', palettes: ['forest', 'sunrise'] }),
];

/** Used when nothing in the prompt says what the business is. */
export const genericKind: KindDef = kind({
  id: 'generic', family: 'general', schemaKind: 'LocalBusiness', noun: ['business', 'empresa', 'empresa', 'f'], nameWord: ['Co.', 'Empresa', 'Empresa'], naming: 'brand',
  keywords: '', sections: ['hero', 'features', 'about', 'services', 'testimonials', 'faq', 'cta', 'contact', 'footer'], offerSection: 'services', style: 'minimal', palettes: ['slate', 'ocean', 'forest'],
});

export const allKinds: readonly KindDef[] = [...kinds, genericKind];

export function kindById(id: string): KindDef | undefined {
  return allKinds.find((candidate) => candidate.id === id);
}
