import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import { isDayAbbreviation } from '@/modules/document/opening-hours';
import raw from './content/reading-cues.json';
import { colourWords } from './colour-words';
import { escapeRegExp, fold } from './text';

/**
 * The words people use to frame a website request, ask for a site, describe its look, and to
 * introduce what a business offers, for whom, with which credentials, when and where to find it
 * (`content/reading-cues.json`, reviewed as content). Language, not kinds of business: the
 * reader generalises to trades it has never seen because nothing here names one.
 */
const words = z.array(z.string().min(1).max(40)).min(1);

const readingCuesSchema = z.object({
  $comment: z.string().optional(),
  requestVerbs: words,
  /** Spanish request words that are something else in Portuguese ("busco e entrego": I pick up and deliver). */
  notRequestsInPortuguese: words,
  siteNouns: words,
  containerNouns: words,
  /** Parts every site has anyway (a contact form, a home page, a footer): asking for one is not a topic. */
  siteParts: words,
  /** Words that only lead into a fact or a channel ("call (512)…", "open 10-6", "chama no whats"); never an offering. */
  factLeads: words,
  /** "e região", "and surrounding areas": the area around a place, said after it; never an offering. */
  areaWords: words,
  styleWords: words,
  /** "cores", "colours", "estilo", "look": what names the site's looks — a sentence about them is a style wish. */
  styleHeads: words,
  /** "soft", "terrosas", "cálidos", "nothing too formal": the words a style wish is said with, beside colours and style words. */
  styleModifiers: words,
  /** "please", "por favor", "quero": a wish — with only style words after it, one about the site's looks. */
  styleRequestWords: words,
  connectors: words,
  selfIntro: words,
  /** "presidente da ‹Associação…›", "owner of ‹…›": a role in an organisation, whose name follows. */
  roleNouns: words,
  /** "at": what links a role, and only a role, to its workplace ("head chef at ‹…›"); "classes at ‹Park›" is a place. */
  roleLinks: words,
  /** "colocar", "poner": an instruction verb's infinitive — after a negation ("não precisa colocar…"), an instruction to us. */
  instructionInfinitives: words,
  /** "font", "letra", "layout": a part of the site's looks — a sentence of style words naming one is a wish about them. */
  lookNouns: words,
  /** "site", "website", "página": the site itself, by a word that never names a business's own work (sort-details). */
  siteSelfNouns: words,
  /** "on", "building": before "site" in English, a place ("repairs on site"), not the website. */
  placeSiteLeads: words,
  /** "pode", "can": before an instruction verb, leave given to us ("lo pueden mencionar"). */
  permissionWords: words,
  /** "nome", "name": with a possessive or "empresa"/"business" beside it, talk about what to call the site. */
  nameNouns: words,
  /** The words beside a name noun that make it talk about the site's name ("nome de empresa", "o nome dele"). */
  nameTalkNeighbours: words,
  /** "acha", "think", "creen": with a subject of people in general, an opinion about the business, not a fact of it. */
  opinionVerbs: words,
  /** "stock": a picture word only beside another one ("stock photos"); alone, something else ("to stock us"). */
  picturesOnlyBeside: words,
  /** "call", "say", "chamar": refused ("don't call it alcohol-free", "we can't say organic"), how we may write about them. */
  sayingVerbs: words,
  /**
   * The same verbs of saying, calling and describing as infinitives, every form found by its ending
   * ("não fala que é ecológico", "no lo llamen panameño", "must not be described as…"), refused and
   * with what is said after them (`sayingComplements`) or a pronoun of it before: how we may write.
   */
  sayingInfinitives: z.object({ pt: words, es: words, en: words }),
  /** "que", "that", "as", "de": what a verb of saying takes ("fala que…", "described as…", "chame de…"). */
  sayingComplements: words,
  /**
   * Leave given to us at a told sentence's end ("…hace las asas y él sí puede aparecer"): the
   * `joiners` that open it, the third-person `subjects` given leave (never the visitor: "y ustedes
   * pueden salir con nosotros"), and the `affirmations` that may stand in it ("sí").
   */
  permissionTail: z.object({ joiners: words, subjects: words, affirmations: words }),
  /**
   * "andam dizendo que", "por ahí dicen", "rumoured", "boato": hearsay about the business, never a
   * fact of it — on a site even its denial repeats it.
   */
  hearsayPhrases: words,
  /** "eu", "we", "nosotros" (folded): the business speaking of itself — "we don't…" is what it does not do. */
  firstPersonSubjects: words,
  /** "eu", "yo": the speaker alone, whose verbs say their person (see continue-narration.ts). */
  firstPersonSingular: words,
  /** "sem", "sin", "without": refusal words that also make a product ("sem glúten", "sin palo"). */
  withoutWords: words,
  /** "tenho", "have": after a negation, what the business has not ("não tenho maquininha"), not work it refuses. */
  haveVerbs: words,
  /** "não tem selo", "no hay", "hasn't got": there being something, said — never a verb of showing. */
  existentialVerbs: words,
  /** "lo", "te", "lhe": a pronoun said before a verb ("te lo lavamos") — with a word after it, a clause. */
  clitics: words,
  /** "a gente": a subject of more than one word ("a gente conserta…") — with a word after it, a clause. */
  subjectPhrases: words,
  /** "online", "internet": a site word that, beside a feature ("marcação online"), says how it works. */
  onlineWords: words,
  /** "que", "that": a relative pronoun that opens what is said of the word before it ("fontanero que cubre…"). */
  relativeLeads: words,
  /** "I cover", "atendo", "cubrimos": what leads into the towns a business goes to — a service area, said whole. */
  areaVerbs: words,
  /** "also", "também": said around an area verb ("we also cover", "atendo também"). */
  additionAdverbs: words,
  /** "the", "o", "la": an article before a place's name ("the Curragh"). */
  articles: words,
  /** "dia", "days": with "todos"/"every" alone ("todos os dias"), when — never a card. */
  dayNouns: words,
  /** "fotos", "cartoon", "stock", "desenhos": what a page shows — refused ("nada de fotos…"), a wish about the looks. */
  imageryWords: words,
  /** "nada", "sem", "without": with "não"/"never" (and "no" outside Portuguese), what refuses the words after it. */
  refusalWords: words,
  /** "Proibido na caçamba:", "Prohibido:": a word that forbids, heading a list of what is not taken. */
  prohibitionWords: words,
  /** "não cobro", "we don't charge": a verb of charging, whose negation is a benefit told, never work refused. */
  chargeVerbs: words,
  /** "minha ajudante", "our receptionist" (folded): who works for the business — a name said of them is theirs. */
  staffNouns: words,
  /** "de", "da", "of", "from": what links a role or an origin to the organisation it belongs to. */
  ofWords: words,
  /** "I", "we", "eu", "yo": the person speaking ("nós" folds to "nos", which is also "in the": left out). */
  subjectPronouns: words,
  /** "pai", "irmã", "grandma": family — a part that opens with one tells the business's story, it is no offering. */
  kinshipWords: words,
  /** "minha", "our", "mi": before a kinship word ("minha irmã Lúcia"), the writer's own family. */
  possessives: words,
  /**
   * How a noun of action ends, folded ("instalação", "lavagem", "mantenimiento", "cleaning"): after
   * "faço/we do", it is a service done, not a thing made.
   */
  actionNounEndings: words,
  /** "I'd also like…": a conditional ("would", "I'd"), the adverbs that may follow it, and the verbs that make it a wish. */
  wishConditionals: words,
  wishAdverbs: words,
  wishObjects: words,
  /** "eu", "I", "yo": the writer alone, in the middle of a part ("Hoje eu e minha irmã…") — a telling. */
  singularSpeakers: words,
  /**
   * How a writer says "I" and "we" across a whole prompt (folded): "meu", "mi", "my" own in the
   * singular; "nosso", "nuestro", "our", "a gente", "somos", a team own in the plural. With the
   * first-person-plural verb endings, they tell a one-person business from a group (speak-alone.ts).
   */
  singularOwnWords: words,
  pluralOwnWords: words,
  /** "você", "you", "usted": the person speaking to the visitor ("vc escolhe o sabor") — a telling, not an offering. */
  addresseePronouns: words,
  /** Words that carry a request on after a pause ("… e um formulário", "where to find us"). */
  requestContinuations: words,
  offeringVerbs: words,
  /** The offering verbs that say what the business makes ("we make", "fabricamos"), not what it does to things ("conserto"). */
  makingVerbs: words,
  /**
   * The offering verbs that say what the business sells ("vendo portões de alumínio", "we sell
   * bikes"): the business is what it sells — the hero says "Portões de alumínio", never "Vendo…".
   */
  sellingVerbs: words,
  /**
   * "atendo a domicílio", "clases a distancia": where or how the work is done, said after "a" —
   * never a thing offered ("Domicílio" as a card).
   */
  servedAtWords: words,
  /** "acima de", "over", "minimum": a condition's threshold, said with its amount ("grátis acima de R$ 500"). */
  thresholdWords: words,
  /** "city", "cidade", "centro": left alone after a town ("in Galway city"), part of where — never a card. */
  placeTypeWords: words,
  /** "bairro", "barrio", "neighbourhood": a card opening so is where the business is, told. */
  neighbourhoodWords: words,
  /** "loja", "sala", "unit": with a number ("loja 12"), the premises — part of where, never a card. */
  premisesWords: words,
  /**
   * "sou a", "aqui é o", "soy": with the self-naming leads, what comes right before a person's first
   * name — typed in lower case ("sou a cida"), it is still a name, never a word to put accents on.
   */
  personNameLeads: words,
  /**
   * "deixa isso bem claro", "make it clear", "que quede claro": said to us of what they wrote — set
   * aside; a clause it leads ("que quede claro que no hacemos envíos") is read without it.
   */
  emphasisToUs: words,
  /**
   * "pode colocar que…", "coloquem que…", "you can say (that)…": an instruction to us that brings
   * the person's own words — the lead is set aside, what it brings is read as theirs.
   */
  putThatLeads: words,
  /** "botão", "secção", "banner" (folded): a part of the site a quote a few words on labels — never the business's name. */
  labelledSiteParts: words,
  /** "meio-dia", "noon", "mediodía" (folded): a time by its name, part of when. */
  noonWords: words,
  /** "welcome", "bem-vindos", "permitidos": what the business allows ("dogs on leash welcome"), told — never a thing sold. */
  allowanceWords: words,
  /**
   * Words that name the variants of one thing ("small, medium, large", "masculino, feminino"):
   * one listed alone after its sibling is the same thing in that variant ("medium $90" after
   * "full groom for small dogs $75" is "full groom for medium dogs").
   */
  variantScales: z.array(z.array(z.string().min(1)).min(2)),
  /**
   * Verbs of work done to a thing ("conserto", "monto", "we repair"): the thing alone is not what
   * is sold ("móveis" after "monto" is assembly, not furniture), so the verb stays with its object.
   */
  workVerbs: words,
  audienceLead: words,
  audienceWords: words,
  credentialWords: words,
  /**
   * "muita gente começa sem saber nada", "most people come back": a part opening with people in
   * general says something about the business (a telling), it names no offering.
   */
  generalSubjects: words,
  /**
   * How a Portuguese or Spanish adjective ends, folded ("clássico", "comerciales", "privados",
   * "terapêutica"): a lone one after a noun and its modifier is another variety of that noun.
   */
  adjectiveEndings: words,
  /** "Atuo em…", "Trabalho sozinha", "been doing it 9 yrs", "can use yours": a part opening with one tells how the person works, it lists nothing. */
  tellingVerbs: words,
  /** "vamos", "pode", "tenés", "will": a finite verb inside an item makes it something told, not a thing sold. */
  clauseVerbs: words,
  /** "si los necesitas", "if you need": a condition opens a clause. */
  clauseLeads: words,
  streetNouns: words,
  locatedWords: words,
  actionLeads: words,
  articleContractions: z.object({ pt: z.record(z.string(), z.string()), es: z.record(z.string(), z.string()) }),
  actionPrepositions: words,
  /** "Servicios", "Classes and prices": words that only title a list of offerings. */
  listHeadings: words,
  /** The days of the week (folded), singular and plural. */
  dayWords: words,
  /** What leads into the unit a price is per ("a night", "per head", "o kg"). */
  unitLeads: words,
  /** What opens the condition a price holds under, right after it ("até 5 mil litros", "for up to 3 rooms"). */
  priceConditionLeads: words,
  /** "acima disso", "above that": words that point back at what was just said. */
  pointingBackWords: words,
  /** "obs para você que está fazendo:", "just so you know": words meant for whoever makes the site. */
  builderLeads: words,
  /** "desculpem", "sorry", "perdón": an apology opening a clause is about how the prompt is written. */
  apologyWords: words,
  /** "ida e volta", "round trip": how a distance is counted, said after a price per km. */
  roundTripWords: words,
  /** "o cliente", "contratante", "the customer": the customer, as a clause's subject (folded). */
  customerSubjects: words,
  /** "escrever", "comprido", "message": words about the prompt's own writing (folded). */
  writingWords: words,
  /** "says", "disse", "dijo": what a relative reports ("my husband says just type it"), folded. */
  reportingVerbs: words,
  /** "isto não é para pôr no site": the sentence before was not for the page. */
  notForTheSite: words,
  /**
   * The parts of saying something is not for the site, however they are put together: "não é para
   * pôr", "no es para la web", "not for the page", "não ponham isso", "don't put that".
   */
  notForTheSiteSaid: z.object({
    negations: words,
    copulas: words,
    purposes: words,
    putVerbs: words,
    placeNouns: words,
    putImperatives: words,
    pointers: words,
    /** Coming out on the site: "coisas que não quero que apareçam:", "cosas que no quiero que salgan:". */
    appearVerbs: words,
    /** What may open a sentence before a lead to us: "Now, between us." */
    openers: words,
    /** A particle after a pointer ("don't put that on", "não ponham isso aí"). */
    particles: words,
    /** What may follow a refused pointer in its clause: "don't put that on or everyone will want it". */
    followers: words,
    /** Saying, putting or appearing, after a word of permission: "Isso pode dizer-se", "pode pôr o nome dele". */
    permittedVerbs: words,
    /** "Nem o nome dele nem a casa", "ni el nombre ni la dirección", "neither his name nor…": what opens a refusal of the thing just said. */
    norWords: words,
    /** "de eso nada", "disso nada", "nothing of that": a pointer and one of these refuses what it points at. */
    nothingWords: words,
    /**
     * "nada dele", "nothing about her", "nada de ellos": a person pointed back at with "nothing" — the
     * sentence before, where that person was said, is kept off with the refusal. `contracted` words
     * hold their "of" and follow "nothing" directly ("nada dele"); `linked` ones only after a link
     * ("nada de él": "no cuesta nada el primer mes" points at no one).
     */
    personPointers: z.object({ contracted: words, linked: words }),
    /** "de", "about": the one word that may stand between "nothing" and the person ("nada de él"). */
    personPointerLinks: words,
    /**
     * "no lo pongas", "não o ponha": a pronoun before the refused verb that points back at what the
     * sentence gave (a number); only before the verb, where it cannot be an article.
     */
    objectClitics: words,
    /** "916 204 738, é pessoal", "(305) 555-0101 is private": what a number said to be only the person's own is. */
    ownOnly: words,
    /** "é privado, mas é o único, ponham", "is personal, but fine to use": what after "own only" allows the number after all. */
    ownOnlyAllowed: words,
    /** "não é pra botar em canto nenhum", "don't put it anywhere": a refusal whose place is nowhere. */
    nowhere: words,
    /** "não põe o número", "don't post my number": what may stand before the noun a refusal names. */
    objectDeterminers: words,
    /**
     * What may stand between a negation and the verb of putting when the thing refused is only pointed
     * at: "não deve constar", "no lo pongas", "não é pra botar"; any other word there ("no whats,
     * coloque isso") belongs to another clause.
     */
    putModals: words,
    /** "não pode pôr", "no debe poner": before "por" (folded "pôr", a preposition too), only these make it the verb ("não tem por que esperar" does not). */
    modalsBeforePor: words,
    /** "se não pode sair, ligue…": coming out that is leaving — never a number refused by pointing back. */
    leavingVerbs: words,
    /** "esse não vai no site", "that one doesn't go on the website": a verb of going, kept off only with the number pointed at before it and the site after. */
    goingVerbs: words,
    /** "don't write", "não escreve", "no digas": after a negation, a verb that puts words on the page — the quote after it is refused. */
    writeVerbs: words,
    /** "don't post that one anywhere", "no pongas ese también": what may follow the pointer in its clause. */
    afterPointer: words,
    /**
     * "entre nosotros", "entre nós": meant for us only when set off as an aside ("Ahora, entre
     * nosotros, esto no va."); "Entre nós são quatro irmãos" is among us.
     */
    privateAsides: words,
    /** "Leave that well alone", "leave it out": what says, alone, to keep the sentence before off the site. */
    leaveAlone: words,
    /** "the stuff that's just for you", "só para você": said to us, whatever follows in its paragraph. */
    privateAudience: words,
    /** "Now these ones are between us.", "esto es entre tú y yo": only closing its sentence ("Between us we have 40 years of baking" is told). */
    privateAudienceClosing: words,
    /** "Daqui pra baixo é conversa minha com você, não vai pro site": what follows, to the end (or to a paragraph for the site again), is said to us. */
    fromHereOn: words,
    /**
     * "Esto ya no es para la página.", "What follows isn't for the site.": a refusal opening its
     * paragraph with one of these points forward, at what comes next, never at the sentence before.
     */
    noLonger: words,
    /**
     * "Palmeira daqui, não a de Santa Catarina", "no la de Estados Unidos", "not the one in Ohio": the
     * one of another place, refused — telling us which place is meant, never told to visitors.
     */
    otherPlace: z.object({ negations: words, copulas: words, ones: words, ofWords: words, thisOne: words }),
    /** "don't put that one on there", "não põe o dela aí": the site pointed at, after a verb of putting. */
    siteDeixis: words,
    /** "não quero essa frase no site", "I don't want that line on there": a thing said before, pointed at with its noun. */
    demonstratives: words,
    /** The nouns a demonstrative points back at a quotation with: "essa frase", "that line", "ese apodo". */
    quotedNouns: words,
  }),
  /**
   * A letter's frame, said to whoever reads it and never to the site's visitors: the salutation
   * on a line of its own ("Estimados señores:", "Dear Sirs,"), the formula opening a sentence ("Por
   * medio de la presente,", "Venho por meio desta"), the closing and the signature under it
   * ("Sin otro particular, saluda atentamente,", "Yours faithfully,"). Folded.
   */
  letterFrame: z.object({ salutations: words, formulae: words, closings: words }),
  /** The little words around a time ("às 8h", "from 9 to 5"): no part of what happens then. */
  timeWords: words,
  /** What leads from the site to what it is about or for ("site sobre…", "para…"). */
  siteObjectLeads: words,
  /** "um site leve", "my website": what names the site itself as the thing wanted. */
  siteDeterminers: words,
  /** "noites", "mornings", "tardes": a time of day. */
  timeOfDayWords: words,
  /** "children from age 6", "adultos acima de 60": what goes on to say which of an audience. */
  audienceTailLeads: words,
  /** "anos", "years": words that name no one by themselves. */
  ageWords: words,
  /** "aged 13 to 17", "idades de 6 a 12", "edad entre 4 y 8": what says the numbers after it are ages, never hours. */
  ageLeads: words,
  /** The day names written with an accent, whose short names keep it ("sáb", "mié"), as typed. */
  accentedDayNames: z.array(z.string().min(1)),
  /** Taxonomy families where "faço X" is work done for the client, never a thing made. */
  serviceFamilies: words,
  /** "mas viajo pra todo o sul", "but we also…": a part opening with a contrast tells something, it lists no offering. */
  contrastLeads: words,
  /** "uns 120 membros", "about 40 voices": a count said about the business, a fact about it, never an offering. */
  approximateLeads: words,
  /** Terms of a sale ("pedido mínimo", "exame não incluído", "taxa de entrega"): said about the offer, never an offer. */
  conditionWords: words,
  /** "Collection only", "apenas por marcação": a restriction on how, never a thing sold ("solo" is not one: "solo walks"). */
  restrictionWords: words,
  /** "includes trimming, edging…", "inclui…": what the item just named includes, said with it. */
  includeLeads: words,
  /** "porque tem muita gente que esquece": why a wish is made, never a part of the page. */
  reasonLeads: words,
  scheduleWords: words,
  /** Days, times of day, weekends and holidays: "evenings and weekends" said alone is when the business works. */
  whenWords: words,
  monthWords: words,
  /** What makes an amount of time a duration ("entrega em até 24h", "within 24 hours"), not opening hours. */
  durationLeads: words,
  /** "leva", "demora", "takes", "tarda", "em média": what says how long something lasts — a range after it is a duration, never opening hours. */
  lastingVerbs: words,
  /** "24 horas de antecedência", "24 hours notice": what after an amount of time makes it a duration. */
  durationTails: words,
  /** English words that open a promise of what the business does not do ("No chemicals"). */
  promiseNegations: words,
  /** A part that opens with these says what is not done or not allowed ("não aceitamos cartão", "no pets"): a rule, never an offering. */
  ruleNegations: words,
  /** The same, in Spanish and English only: "no" is "in the" in Portuguese ("no centro"). */
  ruleNegationsNotPortuguese: words,
  /** "…, tinta nem amianto": a part that carries the rule before it on. */
  ruleNegationsGoOn: words,
  /** The words that join a negated list's last item ("no X, Y or Z", "não faço X, Y ou Z"): still what is not done. */
  negatedListJoiners: words,
  /** "por medida", "sob encomenda", "by appointment": a listed part opening with how the things listed are made or sold. */
  mannerLeads: words,
  /** "casa e comércio", "homes and offices": the places a service is done in, said alone — whom it is for. */
  premiseWords: words,
  /** "portão de ferro", "mesa de madeira" (folded): what a thing is made of — never a kind of thing of its own. */
  materialWords: words,
  /** "RUC 0103894564001", "NIF 123456789", "CNPJ …" (folded): the label of a tax or company number — never a phone. */
  taxIdWords: words,
  /** "Escritório [na Rua …]", "Our shop [on High St]": a word for where the business works, said alone. */
  workplaceNouns: words,
  /** "no centro de Curitiba", "in downtown Boise" (as typed, any case): the part of the town, said before the town. */
  townPartWords: words,
  /** "región del Biobío", "distrito de Santarém": what heads a region's name. */
  regionNouns: words,
  /** "…do meu pai, que começou o serviço": what joins two clauses of one thing told. */
  toldJoiners: words,
  /** "não quero fotos de caixão", "we don't want stock photos": after a negation, a wish about the site, not a rule of the business. */
  /**
   * "não coloca meu sobrenome", "don't put my address on the website", "en la página no pongas
   * precios": what the person tells the builder not to do — after a negation, one makes its
   * sentence an instruction, never words of the page. Imperative and second-person forms only:
   * "não colocamos piso" is what the business does not do.
   */
  instructionVerbs: words,
  refusedUseVerbs: words,
  /** Chat to us ("uai", "bah", "diay", "kkk"): a short sentence holding one is said to us, never the site's; a told line holding one is chat too. */
  chatInterjections: words,
  wishVerbs: words,
  /** "Tio Jair", "Dona Cida", "Seu Zé": how a business named after its owner calls them ("Transporte escolar do Tio Jair"). */
  familiarTitles: words,
  /** Days as written in price and opening lists ("seg a qui", "sex sab e dom") and the units they price by, with their joiners: never an offering alone. */
  dayAndUnitWords: words,
  /** Units of weight, volume and length written after a number ("50 kg", "250 ml", "30 cm"): a size, never another amount. */
  measureUnits: words,
  /** Countries whose people call a city "X City" though the gazetteer says "X" ("Naga City", "Iloilo City"): ISO codes. Elsewhere "Mobile City" is a shop. */
  citySuffixCountries: words,
  /** "[Audio 1 – 1:48]", "[Nota de voz 2]": what a transcription of voice messages marks each one with, never part of what was said. */
  /** "ligação só das 19h às 21h", "calls 7am to 7pm": what makes a time without days the hours to call, not to open. */
  callWords: words,
  /** "[Preços: …]", "[Horário: …]": a bracket titled so is the business's list, never a note signed by whoever typed. */
  bracketHeadings: words,
  /** "De:", "Subject:", "Enviado em:": a pasted e-mail's header labels (a run of lines, or the first line for a subject). */
  mailHeaderLabels: words,
  /** "---------- Mensagem encaminhada ---------": the line a mail program puts before a forwarded mail. */
  forwardedMarks: words,
  voiceNoteWords: words,
  /** "POLL:", "ENQUETE:": the label a chat app puts before a poll's question (folded). */
  pollWords: words,
  /** "4 votes", "2 votos": what a poll's option line ends with (folded). */
  voteWords: words,
  /** "Respuesta del propietario", "Owner's response": a review page's label over the owner's reply (folded). */
  reviewFurniture: words,
  /** "hace 3 semanas", "há 2 dias", "3 weeks ago": a pasted post's or review's age — the word before, after, and its units (folded). */
  agoBefore: words,
  agoAfter: words,
  agoUnits: words,
  /** "todas as marcas", "all brands": a quantifier before a brand lead. */
  allWords: words,
  /** "no site", "on the website": the words before a site noun that make a wish about the site itself. */
  onTheSite: words,
  /** A request is a section to write only when framed as one: "uma seção sobre adoção", "a page about our history". */
  topicFrames: words,
  /** A control the person wants on the site (a button, a form): a wish about the site, never a topic. */
  controlNouns: words,
  channelWords: words,
  platformBrands: words,
  namingCues: words,
  /** "pode ser", "could be": the naming cues that say what the name may be, not what it is (folded). */
  maybeNamingCues: words,
  /**
   * After such a cue, the endings and words of a description rather than a name ("definido",
   * "decided", "fácil", "short"): "o nome vai ser definido depois" names nothing (folded).
   */
  notNameWords: words,
  /** "pode ser ‹Jaque Penteados› o nome": what leads to a name said before the word for a name, and that word. */
  nameAfterLeads: words,
  nameAfterNouns: words,
  /** "…Zé das Abelhas, o site pode ter esse nome": words pointing back at a name just said. */
  nameBackWords: words,
  /** "meu nome é", "my name is": the writer saying their own name, never what the business is. */
  selfNamingLeads: words,
  /** "I run ‹Name›", "tenho a ‹Name›", "soy dueña de ‹Name›" (folded): what says the capitalised words after it are the business the writer owns. */
  ownershipLeads: words,
  /**
   * "para mi negocio Ferretería El Tornillo", "pro meu negócio borracharia do zé em Lages": the
   * business named right after the person calls it theirs — in lowercase too.
   */
  myBusinessLeads: words,
  /** Words after such a lead that describe the business, never name it ("mi negocio familiar"). */
  notNames: words,
  /** Where a name after such a lead ends: a clause goes on ("meu negócio X que faz…", "for", "with"). */
  nameStops: words,
  placePrepositions: words,
  personTitles: words,
  /** Titles of a profession (a subset of personTitles): the professional, not a shop, is named after them. */
  professionalTitles: words,
  nameStopWords: words,
  greetings: words,
  /** What introduces the person's own questions and answers ("perguntas frequentes:", "FAQ:"). */
  faqCues: words,
  /** Words that introduce a customer's words the person quotes ("uma cliente falou:", "a client wrote:"). */
  testimonialCues: words,
  /** What introduces the brands the business works with ("trabalho com Yamaha, Petrof…", "we service Trane, Carrier"). */
  brandLeads: words,
  /** The words that join the last item of a list ("Aveiro e Leiria", "Providencia y La Reina"). */
  listJoiners: words,
  /** "domingo fechado", "Sunday closed": a day off, part of the opening hours. */
  closedWords: words,
  /** What says an amount is a starting or low price ("a partir de", "from"): about the price, never part of an item. */
  priceLeads: words,
  /** "Bancada de granito custa [R$ 800]", "the cake costs [£40]", "el tinte sale [$25]": a verb that says the price, said before it. */
  priceVerbs: words,
  /** "fica por volta de [R$ 800]", "around [£40]": how near a price is, never what it is for. */
  priceApproximators: words,
  /** "Abaeté, quer dizer, Abaetetuba", "Perth, I mean Fremantle": what takes back the words before it. */
  selfCorrections: words,
  /** "de más de", "over": an amount after one is a threshold ("orders over $50"), not a price. */
  thresholdLeads: words,
  neutralModifiers: words,
  genericHeads: words,
  /** How a finite verb ends (pt/es first person plural): a part opening with one tells something, it lists no offerings. */
  verbEndings: z.strictObject({
    $comment: z.string().optional(),
    firstPersonPlural: words,
    pastThirdSingular: words,
    pastThirdSingularAccented: words,
    /** "dirigidos", "feitas", "made": a participle, followed by its agent in isParticipleWithAgent. */
    participle: words,
    /** "foi", "fez", "fue", "hizo": past forms no ending gives ("Foi a minha avó que abriu…"). */
    irregularPastThirdSingular: words,
    irregularParticiples: words,
    /** "apertar", "lavar", "coser": the infinitive in pt and es (verbs joined before one object share it). */
    infinitive: words,
    minLength: z.number().int().min(3).max(10),
  }),
  /**
   * "o prazo é de 30 dias", "los huevos son azules": a part with one of these says something about
   * the business, it names no offering. Lowercase with accents (not folded: "é" is not "e").
   */
  copulas: words,
  /** "dirigidos pelo maestro", "made by hand": a participle with its agent describes, it is never an offering. */
  passiveAgents: words,
});

const cues = parseContent('src/modules/brief/content/reading-cues.json', readingCuesSchema, raw);

const asSet = (list: readonly string[]) => new Set(list);

/** One-word cues as sets; several-word cues ("we make", "app store") as phrases. */
export const readingCues = {
  requestVerbs: asSet(cues.requestVerbs),
  notRequestsInPortuguese: asSet(cues.notRequestsInPortuguese),
  siteNouns: asSet(cues.siteNouns),
  containerNouns: asSet(cues.containerNouns),
  siteParts: asSet(cues.siteParts),
  factLeads: asSet(cues.factLeads),
  areaWords: asSet(cues.areaWords),
  // Colours are style words too: one list of them, with the palette each shows (colour-words.ts).
  styleWords: asSet([...cues.styleWords, ...colourWords]),
  styleHeads: asSet(cues.styleHeads),
  styleModifiers: asSet(cues.styleModifiers),
  styleRequestWords: asSet(cues.styleRequestWords),
  connectors: asSet(cues.connectors),
  selfIntro: cues.selfIntro,
  roleNouns: asSet(cues.roleNouns),
  roleLinks: asSet([...cues.ofWords, ...cues.roleLinks]),
  instructionInfinitives: asSet(cues.instructionInfinitives),
  lookNouns: asSet(cues.lookNouns),
  clitics: asSet(cues.clitics),
  subjectPhrases: cues.subjectPhrases,
  onlineWords: asSet(cues.onlineWords),
  relativeLeads: asSet(cues.relativeLeads),
  areaVerbs: cues.areaVerbs,
  additionAdverbs: asSet(cues.additionAdverbs),
  articles: asSet(cues.articles),
  dayNouns: asSet(cues.dayNouns),
  imageryWords: asSet(cues.imageryWords),
  refusalWords: asSet(cues.refusalWords),
  prohibitionWords: asSet(cues.prohibitionWords),
  chargeVerbs: asSet(cues.chargeVerbs),
  staffNouns: asSet(cues.staffNouns),
  ofWords: asSet(cues.ofWords),
  subjectPronouns: asSet(cues.subjectPronouns),
  addresseePronouns: asSet(cues.addresseePronouns),
  wishConditionals: asSet(cues.wishConditionals),
  wishAdverbs: asSet(cues.wishAdverbs),
  wishObjects: asSet(cues.wishObjects),
  singularSpeakers: asSet(cues.singularSpeakers),
  singularOwnWords: asSet(cues.singularOwnWords),
  pluralOwnWords: cues.pluralOwnWords,
  actionNounEndings: cues.actionNounEndings,
  kinshipWords: asSet(cues.kinshipWords),
  possessives: asSet(cues.possessives),
  requestContinuations: asSet(cues.requestContinuations),
  offeringVerbs: cues.offeringVerbs,
  makingVerbs: cues.makingVerbs,
  sellingVerbs: cues.sellingVerbs,
  servedAtWords: asSet(cues.servedAtWords),
  thresholdWords: asSet(cues.thresholdWords),
  placeTypeWords: asSet(cues.placeTypeWords),
  neighbourhoodWords: asSet(cues.neighbourhoodWords),
  premisesWords: asSet(cues.premisesWords),
  personNameLeads: [...cues.personNameLeads, ...cues.selfNamingLeads],
  emphasisToUs: [...cues.emphasisToUs].sort((a, b) => b.length - a.length),
  putThatLeads: [...cues.putThatLeads].sort((a, b) => b.length - a.length),
  labelledSiteParts: cues.labelledSiteParts,
  noonWords: asSet(cues.noonWords),
  allowanceWords: asSet(cues.allowanceWords),
  variantScales: cues.variantScales.map((scale) => new Set(scale)),
  workVerbs: cues.workVerbs,
  /** Every verb of offering, making, selling or working on things, folded: "hacemos", "vendo", "we sell". */
  doingVerbs: new Set(
    [...cues.offeringVerbs, ...cues.makingVerbs, ...cues.sellingVerbs, ...cues.workVerbs].map((verb) => fold(verb)),
  ) as ReadonlySet<string>,
  audienceLead: cues.audienceLead,
  audienceWords: asSet(cues.audienceWords),
  credentialWords: asSet(cues.credentialWords),
  conditionWords: asSet(cues.conditionWords),
  restrictionWords: asSet(cues.restrictionWords),
  generalSubjects: cues.generalSubjects,
  siteSelfNouns: asSet(cues.siteSelfNouns),
  placeSiteLeads: asSet(cues.placeSiteLeads),
  permissionWords: asSet(cues.permissionWords),
  nameNouns: asSet(cues.nameNouns),
  nameTalkNeighbours: asSet(cues.nameTalkNeighbours),
  opinionVerbs: asSet(cues.opinionVerbs),
  picturesOnlyBeside: asSet(cues.picturesOnlyBeside),
  sayingVerbs: asSet(cues.sayingVerbs),
  sayingInfinitives: {
    pt: asSet(cues.sayingInfinitives.pt),
    es: asSet(cues.sayingInfinitives.es),
    en: asSet(cues.sayingInfinitives.en),
  },
  sayingComplements: asSet(cues.sayingComplements),
  permissionTail: cues.permissionTail,
  hearsayPhrases: cues.hearsayPhrases,
  firstPersonSubjects: asSet(cues.firstPersonSubjects),
  firstPersonSingular: asSet(cues.firstPersonSingular),
  withoutWords: asSet(cues.withoutWords),
  haveVerbs: asSet(cues.haveVerbs),
  existentialVerbs: asSet(cues.existentialVerbs),
  approximateLeads: cues.approximateLeads,
  adjectiveEndings: cues.adjectiveEndings,
  contrastLeads: cues.contrastLeads,
  tellingVerbs: cues.tellingVerbs,
  clauseVerbs: asSet(cues.clauseVerbs),
  listHeadings: asSet(cues.listHeadings),
  clauseLeads: asSet(cues.clauseLeads),
  streetNouns: asSet(cues.streetNouns),
  locatedWords: asSet(cues.locatedWords),
  actionLeads: cues.actionLeads,
  articleContractions: cues.articleContractions,
  actionPrepositions: asSet(cues.actionPrepositions),
  dayWords: asSet(cues.dayWords),
  unitLeads: asSet(cues.unitLeads),
  priceConditionLeads: [...cues.priceConditionLeads].sort((a, b) => b.length - a.length),
  pointingBackWords: cues.pointingBackWords,
  builderLeads: [...cues.builderLeads].sort((a, b) => b.length - a.length),
  apologyWords: cues.apologyWords,
  roundTripWords: cues.roundTripWords,
  customerSubjects: asSet(cues.customerSubjects),
  writingWords: asSet(cues.writingWords),
  reportingVerbs: asSet(cues.reportingVerbs),
  notForTheSite: cues.notForTheSite,
  notForTheSiteSaid: cues.notForTheSiteSaid,
  letterFrame: cues.letterFrame,
  timeWords: asSet(cues.timeWords),
  siteObjectLeads: asSet(cues.siteObjectLeads),
  siteDeterminers: asSet(cues.siteDeterminers),
  timeOfDayWords: asSet(cues.timeOfDayWords),
  audienceTailLeads: asSet(cues.audienceTailLeads),
  ageWords: asSet(cues.ageWords),
  ageLeads: [...cues.ageLeads].sort((a, b) => b.length - a.length),
  accentedDayNames: cues.accentedDayNames,
  serviceFamilies: asSet(cues.serviceFamilies),
  includeLeads: asSet(cues.includeLeads),
  reasonLeads: cues.reasonLeads,
  scheduleWords: asSet(cues.scheduleWords),
  whenWords: asSet(cues.whenWords),
  monthWords: asSet(cues.monthWords),
  durationLeads: cues.durationLeads,
  lastingVerbs: cues.lastingVerbs,
  durationTails: cues.durationTails,
  promiseNegations: cues.promiseNegations,
  ruleNegations: cues.ruleNegations,
  ruleNegationsNotPortuguese: cues.ruleNegationsNotPortuguese,
  ruleNegationsGoOn: asSet(cues.ruleNegationsGoOn),
  negatedListJoiners: asSet(cues.negatedListJoiners),
  mannerLeads: asSet(cues.mannerLeads),
  premiseWords: asSet(cues.premiseWords),
  materialWords: asSet(cues.materialWords),
  taxIdWords: asSet(cues.taxIdWords),
  workplaceNouns: asSet(cues.workplaceNouns),
  townPartWords: cues.townPartWords,
  regionNouns: asSet(cues.regionNouns),
  toldJoiners: asSet(cues.toldJoiners),
  instructionVerbs: asSet(cues.instructionVerbs),
  refusedUseVerbs: asSet(cues.refusedUseVerbs),
  chatInterjections: asSet(cues.chatInterjections),
  wishVerbs: asSet(cues.wishVerbs),
  familiarTitles: asSet(cues.familiarTitles),
  dayAndUnitWords: asSet(cues.dayAndUnitWords),
  measureUnits: asSet(cues.measureUnits),
  citySuffixCountries: asSet(cues.citySuffixCountries),
  callWords: cues.callWords,
  bracketHeadings: asSet(cues.bracketHeadings),
  mailHeaderLabels: cues.mailHeaderLabels,
  forwardedMarks: cues.forwardedMarks,
  voiceNoteWords: cues.voiceNoteWords,
  pollWords: cues.pollWords,
  voteWords: cues.voteWords,
  reviewFurniture: cues.reviewFurniture,
  agoBefore: cues.agoBefore,
  agoAfter: cues.agoAfter,
  agoUnits: cues.agoUnits,
  allWords: asSet(cues.allWords),
  onTheSite: asSet(cues.onTheSite),
  topicFrames: asSet(cues.topicFrames),
  controlNouns: asSet(cues.controlNouns),
  channelWords: cues.channelWords,
  platformBrands: cues.platformBrands,
  namingCues: cues.namingCues,
  maybeNamingCues: cues.maybeNamingCues,
  notNameWords: cues.notNameWords,
  nameAfterLeads: cues.nameAfterLeads,
  nameAfterNouns: cues.nameAfterNouns,
  nameBackWords: cues.nameBackWords,
  selfNamingLeads: cues.selfNamingLeads,
  ownershipLeads: [...cues.ownershipLeads].sort((a, b) => b.length - a.length),
  myBusinessLeads: cues.myBusinessLeads,
  notNames: asSet(cues.notNames),
  nameStops: asSet(cues.nameStops),
  placePrepositions: cues.placePrepositions,
  personTitles: asSet(cues.personTitles),
  professionalTitles: asSet(cues.professionalTitles),
  nameStopWords: asSet(cues.nameStopWords),
  greetings: cues.greetings,
  faqCues: cues.faqCues,
  testimonialCues: asSet(cues.testimonialCues),
  closedWords: asSet(cues.closedWords),
  /** `listJoiners` as a regular-expression alternation ("e|y|and|&"). */
  listJoiner: cues.listJoiners.map(escapeRegExp).join('|'),
  priceLeads: [...cues.priceLeads].sort((a, b) => b.length - a.length),
  priceVerbs: [...cues.priceVerbs].sort((a, b) => b.length - a.length),
  priceApproximators: asSet(cues.priceApproximators),
  selfCorrections: cues.selfCorrections,
  thresholdLeads: [...cues.thresholdLeads].sort((a, b) => b.length - a.length),
  brandLeads: [...cues.brandLeads].sort((a, b) => b.split(' ').length - a.split(' ').length),
  neutralModifiers: asSet(cues.neutralModifiers),
  genericHeads: asSet(cues.genericHeads),
  passiveAgents: asSet(cues.passiveAgents),
  copulas: asSet(cues.copulas),
  /** Every word of a price lead ("a partir de" → a, partir, de): what is left of one is never an item. */
  priceLeadWords: asSet(cues.priceLeads.flatMap((lead) => lead.split(' '))),
} as const;

const FIRST_PERSON_PLURAL = new RegExp(`(?:${cues.verbEndings.firstPersonPlural.map(escapeRegExp).join('|')})$`, 'u');
const PARTICIPLE = new RegExp(`(?:${cues.verbEndings.participle.map(escapeRegExp).join('|')})$`, 'u');
const IRREGULAR_PARTICIPLES = new Set(cues.verbEndings.irregularParticiples);
const IRREGULAR_PAST_THIRD = new Set(cues.verbEndings.irregularPastThirdSingular);

/**
 * "aprendemos", "fizemos", "usamos", "repartimos": a folded word that reads as a pt/es verb in
 * the first person plural (long enough that "ramos", "gomos" stay nouns).
 */
/** "sexta", "sábados", "seg", "Thu" (folded): a day, by its name or its short name. */
/**
 * A role in an organisation (folded): a role noun, or a compound with one in it ("socio-gerente",
 * "co-owner"), so a compound role is read like its parts.
 */
export function isRoleNoun(folded: string): boolean {
  return readingCues.roleNouns.has(folded) || (folded.includes('-') && folded.split('-').some((part) => readingCues.roleNouns.has(part)));
}

/**
 * A negation (folded): "não", "never", "don't", and — outside Portuguese, where "no" is "in the" —
 * "no" and "ni"; with `refusals`, also the words that refuse without a verb ("nada", "sem",
 * "nothing"). `lang` a locale or word language; unknown reads as Portuguese, the stricter one.
 */
export function isNegationWord(folded: string, lang: string | undefined, refusals = true): boolean {
  return (
    (refusals && readingCues.refusalWords.has(folded)) ||
    readingCues.ruleNegations.includes(folded) ||
    (!(lang === undefined || lang.startsWith('pt')) && readingCues.ruleNegationsNotPortuguese.includes(folded))
  );
}

/**
 * How many words back a negation may stand from an instruction to us ("não ponham os preços", "não
 * quero que ponham"). "por" ("to put") is also the preposition "by": "não atendo por convênio" is
 * the business's own rule, so only right after the negation ("não por o endereço") is it the verb.
 */
export function instructionNegationReach(folded: string): readonly number[] {
  return folded === 'por' ? [1] : [1, 2];
}

export function isDayWord(folded: string): boolean {
  return readingCues.dayWords.has(folded) || isDayAbbreviation(folded);
}

export function isFirstPersonPluralVerb(folded: string): boolean {
  return folded.length >= cues.verbEndings.minLength && FIRST_PERSON_PLURAL.test(folded);
}

const PAST_THIRD = new RegExp(`(?:${cues.verbEndings.pastThirdSingular.map(escapeRegExp).join('|')})$`, 'u');
const PAST_THIRD_ACCENTED = new RegExp(`\\p{L}{2,}(?:${cues.verbEndings.pastThirdSingularAccented.map(escapeRegExp).join('|')})$`, 'u');

const INFINITIVE = new RegExp(`^\\p{L}{3,}(?:${cues.verbEndings.infinitive.map(escapeRegExp).join('|')})$`, 'u');

/** "apertar", "lavar", "coser" (folded): a Portuguese or Spanish infinitive. */
export function isInfinitiveVerb(folded: string): boolean {
  return INFINITIVE.test(folded);
}

/** "abriu", "começou", "fundó": a past verb that tells the business's story (typed word and its folded form). */
export function isPastThirdSingularVerb(word: string, folded: string): boolean {
  return (
    (folded.length >= 5 && PAST_THIRD.test(folded)) || PAST_THIRD_ACCENTED.test(word.toLowerCase()) || IRREGULAR_PAST_THIRD.has(folded)
  );
}

/** "dirigidos pelo", "feitas por", "made by": a participle followed by its agent. */
export function isParticipleWithAgent(folded: string, next: string | undefined): boolean {
  return (PARTICIPLE.test(folded) || IRREGULAR_PARTICIPLES.has(folded)) && next !== undefined && cues.passiveAgents.includes(next);
}

export { readingCuesSchema };

/** "o dono", "my nephew", "la gerente": a role, staff or kin word, and nothing else but articles and possessives. */
export function namesAPersonOnly(folded: string): boolean {
  const words = folded.split(/[^\p{L}'’]+/u).filter(Boolean);
  const rest = words.filter((word) => !readingCues.articles.has(word) && !readingCues.possessives.has(word));
  return (
    rest.length === 1 &&
    (readingCues.roleNouns.has(rest[0]!) || readingCues.staffNouns.has(rest[0]!) || readingCues.kinshipWords.has(rest[0]!))
  );
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { cues as readingCueLists };
