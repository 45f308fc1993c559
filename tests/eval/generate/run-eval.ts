/**
 * `npm run eval:generate`: the annotated prompt set (tests/eval/generate/cases-*.ts) through the
 * offline composer — and through the AI chain when an endpoint is configured (VLLM_BASE_URL /
 * OPENAI_API_KEY) — printing kind and name accuracy, language correctness, requested-feature
 * coverage, unmarked invented facts, wrong-language strings and the pre-publish check results.
 *
 *   npm run eval:generate                      offline composer (+ AI chain when configured)
 *   npm run eval:generate -- --verbose         also list every miss
 *   npm run eval:generate -- --only br-        only cases whose id starts with "br-"
 *   npm run eval:generate -- --set held-out    only the held-out prompts (tuned | held-out | held-out-5 | both)
 *
 * The tuned set (cases-*.ts) is what the extractor and composer were improved against; the
 * held-out set (cases-held-out.ts) was written and committed before any tuning against it. The
 * two are reported separately so the tuned figures can be read against the held-out ones.
 */
import { buildSite } from '../../../src/modules/build/build-site';
import type { SiteDocument } from '../../../src/modules/document/site-document-schema';
import { evalCases } from './cases';
import { heldOutCases } from './cases-held-out';
import { heldOutCases2 } from './cases-held-out-2';
import { heldOutCases3 } from './cases-held-out-3';
import { heldOutCases4 } from './cases-held-out-4';
import { heldOutCases5 } from './cases-held-out-5';
import { foreignSentences, type ForeignSentence } from './check-foreign';
import { emptyCards, fold, namedOnPage, promptFidelity, siteWords, type Fidelity } from './check-words';
import { hasBlockedPlaceholder, hasFeature } from './check-features';
import { findInvented } from './check-invented';
import { checkStringLanguage } from './check-language';
import type { EvalCase, HeldOutCase } from './eval-case';
import { isSameName } from './same-name';
import { subjects, type EvalSubject } from './subjects';

type CaseResult = {
  case: EvalCase;
  kind: string;
  name: string | null;
  languages: readonly string[];
  isKindRight: boolean;
  isNameRight: boolean;
  isLanguageRight: boolean;
  missingFeatures: string[];
  /** Missing features stood in by a sample the pre-publish check blocks (no facts in the prompt). */
  placeholderFeatures: string[];
  /**
   * Missing features the prompt asked for without their facts, which the brief lists as still
   * needed (the studio's brief panel asks the person for them): not present, not silently dropped.
   */
  awaitingFeatures: string[];
  invented: ReturnType<typeof findInvented>;
  wrongLanguage: Array<{ locale: string; key: string; text: string; detected: string }>;
  checks: Array<{ id: string; level: string }>;
  /** Issue 31's words-first figures. */
  fidelity: Fidelity;
  named: { total: number; found: number; missing: string[] } | null;
  foreign: ForeignSentence[];
  generic: ForeignSentence[];
  emptyCards: Array<{ title: string; text: string }>;
  /** The name the site shows when the prompt gives none (or another than the prompt's), unmarked. */
  inventedName: string | null;
  /** Whether the kind figure applies: false for held-out set 5's kinds outside the taxonomy. */
  isKindJudged: boolean;
};

/** Issue 9's goal for the offline composer: requested-feature coverage ≥ 95 %. */
const FEATURE_GOAL = 95;

const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

function homeHtml(document: SiteDocument): { html: string; checks: CaseResult['checks'] } {
  const built = buildSite(document, { baseUrl: 'https://eval.example' });
  const file = built.files.find((candidate) => candidate.path === 'index.html');
  return { html: file ? new TextDecoder().decode(file.body) : '', checks: built.checks.map((c) => ({ id: c.id, level: c.level })) };
}

async function evaluate(subject: EvalSubject, c: EvalCase): Promise<CaseResult> {
  const { understood, document } = await subject.run(c);
  const { html, checks } = homeHtml(document);
  const missingFeatures = c.features.filter((feature) => !hasFeature(feature, { html, document }));
  const placeholderFeatures = missingFeatures.filter((feature) => hasBlockedPlaceholder(feature, { html, document }));
  const awaitingFeatures = missingFeatures.filter((feature) => understood.awaitingFacts?.includes(feature));
  const wrongLanguage: CaseResult['wrongLanguage'] = [];
  // The business name and its place read the same in every language ("Welcome to Tasca do Zé").
  const names = document.i18n.locales.map((locale) => document.i18n.strings[locale]?.[document.site.nameKey] ?? '');
  if (understood.place) names.push(understood.place);
  for (const locale of document.i18n.locales) {
    for (const [key, text] of Object.entries(document.i18n.strings[locale] ?? {})) {
      const verdict = checkStringLanguage(text, locale, names);
      if (!verdict.ok) wrongLanguage.push({ locale, key, text, detected: verdict.detected });
    }
  }
  const words = siteWords(document, html);
  const named = 'named' in c ? namedOnPage((c as HeldOutCase).named, words) : null;
  const { foreign, generic } = foreignSentences(document, c.kind);
  const shownName = document.i18n.strings[document.i18n.defaultLocale]?.[document.site.nameKey] ?? '';
  // A placeholder, or a title that says what and where ("Dog grooming in Leeds"): no name at all.
  const isPlaceholderName = document.site.isNameSample === true || document.site.isNameDescriptive === true;
  const inventedName =
    !isPlaceholderName &&
    shownName &&
    (c.name === null ? true : !fold(c.prompt).includes(fold(shownName)) && !isSameName(shownName, c.name))
      ? shownName
      : null;
  return {
    case: c,
    fidelity: promptFidelity(c.prompt, words, understood.unused ?? []),
    named: named ? { total: (c as HeldOutCase).named.length, ...named } : null,
    foreign,
    generic,
    emptyCards: emptyCards(document),
    inventedName,
    isKindJudged: !('kindInTaxonomy' in c) || (c as HeldOutCase).kindInTaxonomy,
    kind: understood.kind,
    name: understood.name,
    languages: understood.languages,
    isKindRight: c.kind.includes(understood.kind),
    isNameRight: isSameName(understood.name, c.name),
    isLanguageRight: understood.languages.join() === c.languages.join() && document.i18n.locales.join() === c.languages.join(),
    missingFeatures,
    placeholderFeatures,
    awaitingFeatures,
    invented: findInvented(document, c.prompt, new Date().getUTCFullYear()),
    wrongLanguage,
    checks,
  };
}

function report(label: string, results: CaseResult[], verbose: boolean): void {
  const n = results.length;
  const requested = results.reduce((sum, r) => sum + r.case.features.length, 0);
  const missing = results.reduce((sum, r) => sum + r.missingFeatures.length, 0);
  const invented = results.reduce((sum, r) => sum + r.invented.length, 0);
  const wrong = results.reduce((sum, r) => sum + r.wrongLanguage.length, 0);
  console.log(`\n══ ${label}: ${n} prompts ══`);
  const judged = results.filter((r) => r.isKindJudged);
  console.log(
    `kind accuracy            ${pct(judged.filter((r) => r.isKindRight).length, judged.length)}${judged.length < n ? ` (of the ${judged.length} kinds the taxonomy names)` : ''}`,
  );
  const salient = results.reduce((sum, r) => sum + r.fidelity.salient, 0);
  const onPage = results.reduce((sum, r) => sum + r.fidelity.onPage, 0);
  const declared = results.reduce((sum, r) => sum + r.fidelity.declared, 0);
  console.log(
    `prompt fidelity          ${pct(onPage + declared, salient)} (goal ≥ 90 %): ${onPage} of ${salient} salient words on the page, ${declared} declared unused by the brief`,
  );
  const withNamed = results.filter((r) => r.named);
  if (withNamed.length > 0) {
    const total = withNamed.reduce((sum, r) => sum + r.named!.total, 0);
    const found = withNamed.reduce((sum, r) => sum + r.named!.found, 0);
    console.log(`named things on the page ${pct(found, total)} (${found} of ${total} annotated phrases)`);
  }
  const foreign = results.reduce((sum, r) => sum + r.foreign.length, 0);
  const generic = results.reduce((sum, r) => sum + r.generic.length, 0);
  console.log(
    `foreign-kind sentences   ${foreign} (in ${results.filter((r) => r.foreign.length > 0).length} sites; goal 0) · generic-business sentences ${generic} (in ${results.filter((r) => r.generic.length > 0).length} sites)`,
  );
  const empty = results.reduce((sum, r) => sum + r.emptyCards.length, 0);
  console.log(`empty cards              ${empty} (in ${results.filter((r) => r.emptyCards.length > 0).length} sites; goal 0)`);
  console.log(`invented names           ${results.filter((r) => r.inventedName !== null).length} (goal 0)`);
  console.log(`name accuracy            ${pct(results.filter((r) => r.isNameRight).length, n)}`);
  console.log(`site languages right     ${pct(results.filter((r) => r.isLanguageRight).length, n)}`);
  const placeholders = results.reduce((sum, r) => sum + r.placeholderFeatures.length, 0);
  const working = requested - missing;
  const present = working + placeholders;
  // Issue 9's goal is read on what the page has: working elements plus the ones awaiting the
  // person's facts, which are clearly marked and cannot be published until filled. The figure of
  // what works right now is printed on the same line, so the first never hides the second.
  const goal = requested === 0 ? '' : `; goal ≥ ${FEATURE_GOAL} %: ${(100 * present) / requested >= FEATURE_GOAL ? 'met' : 'NOT met'}`;
  console.log(
    `requested features       ${pct(present, requested)} present (${present} of ${requested}${goal}) · working now ${pct(working, requested)} (${working} of ${requested})`,
  );
  console.log(
    `  present = ${working} working now + ${placeholders} marked placeholder${placeholders === 1 ? '' : 's'} awaiting your facts (the pre-publish check blocks publishing until filled)`,
  );
  const awaiting = results.reduce((sum, r) => sum + r.awaitingFeatures.length, 0);
  console.log(
    `  asked without the facts ${awaiting}, listed by the brief as still needed (${placeholders} of them a marked placeholder); ${missing - awaiting} missing with nothing said`,
  );
  console.log(
    `  of what the prompt made possible  ${pct(working, requested - awaiting)} (${working} of ${requested - awaiting}: requested features minus those asked without the facts)`,
  );
  console.log(`unmarked invented facts  ${invented} (in ${results.filter((r) => r.invented.length > 0).length} sites)`);
  console.log(`wrong-language strings   ${wrong} (in ${results.filter((r) => r.wrongLanguage.length > 0).length} sites)`);
  for (const lang of ['pt-BR', 'pt-PT', 'en', 'es'] as const) {
    const group = results.filter((r) => r.case.lang === lang);
    console.log(
      `  ${lang.padEnd(6)} n=${String(group.length).padStart(3)}  kind ${pct(group.filter((r) => r.isKindRight).length, group.length).padStart(7)}` +
        `  name ${pct(group.filter((r) => r.isNameRight).length, group.length).padStart(7)}` +
        `  languages ${pct(group.filter((r) => r.isLanguageRight).length, group.length).padStart(7)}`,
    );
  }
  const tally = new Map<string, number>();
  for (const r of results)
    for (const check of r.checks)
      if (check.level !== 'ok') tally.set(`${check.id}:${check.level}`, (tally.get(`${check.id}:${check.level}`) ?? 0) + 1);
  console.log(`pre-publish checks       ${[...tally].map(([id, count]) => `${id} ×${count}`).join(', ') || 'all ok'}`);
  const missedByFeature = new Map<string, number>();
  for (const r of results)
    for (const feature of r.missingFeatures) {
      const label = r.placeholderFeatures.includes(feature)
        ? `${feature} (placeholder)`
        : r.awaitingFeatures.includes(feature)
          ? `${feature} (awaiting facts)`
          : feature;
      missedByFeature.set(label, (missedByFeature.get(label) ?? 0) + 1);
    }
  if (missedByFeature.size > 0)
    console.log(`missed features          ${[...missedByFeature].map(([f, count]) => `${f} ×${count}`).join(', ')}`);
  if (!verbose) return;
  for (const r of results) {
    const problems = [
      r.isKindJudged && !r.isKindRight && `kind ${r.kind} (want ${r.case.kind.join('|')})`,
      r.inventedName !== null && `invented name ${JSON.stringify(r.inventedName)}`,
      r.fidelity.missing.length > 0 && `words not on the page: ${r.fidelity.missing.join(' ')}`,
      r.named && r.named.missing.length > 0 && `named not on the page: ${r.named.missing.join(' | ')}`,
      ...r.foreign.slice(0, 2).map((entry) => `foreign (${entry.copy}): ${JSON.stringify(entry.text.slice(0, 60))}`),
      ...r.generic.slice(0, 2).map((entry) => `generic: ${JSON.stringify(entry.text.slice(0, 60))}`),
      ...r.emptyCards.slice(0, 2).map((card) => `empty card ${JSON.stringify(card.title)}`),
      !r.isNameRight && `name ${JSON.stringify(r.name)} (want ${JSON.stringify(r.case.name)})`,
      !r.isLanguageRight && `languages ${r.languages.join('+')} (want ${r.case.languages.join('+')})`,
      r.missingFeatures.length > 0 && `missing ${r.missingFeatures.join(', ')}`,
      ...r.invented.slice(0, 3).map((entry) => `invented ${entry.why}: ${JSON.stringify(entry.text.slice(0, 60))}`),
      ...r.wrongLanguage.slice(0, 3).map((entry) => `${entry.locale} reads ${entry.detected}: ${JSON.stringify(entry.text.slice(0, 60))}`),
    ].filter(Boolean);
    if (problems.length > 0) console.log(`  ${r.case.id}: ${problems.join('; ')}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
  const subjectIndex = args.indexOf('--subject');
  const wanted = subjectIndex >= 0 ? args[subjectIndex + 1] : undefined;
  const setIndex = args.indexOf('--set');
  const set = setIndex >= 0 ? args[setIndex + 1] : 'both';
  const sets = [
    { label: 'tuned set', cases: evalCases, isWanted: set === 'both' || set === 'tuned' },
    { label: 'held-out set', cases: heldOutCases, isWanted: set === 'both' || set === 'held-out' },
    { label: 'held-out set 2 (h4)', cases: heldOutCases2, isWanted: set === 'both' || set === 'held-out' },
    { label: 'held-out set 3 (h9b)', cases: heldOutCases3, isWanted: set === 'both' || set === 'held-out' },
    { label: 'held-out set 4 (s29)', cases: heldOutCases4, isWanted: set === 'both' || set === 'held-out' },
    { label: 'held-out set 5 (issue 31, blind)', cases: heldOutCases5, isWanted: set !== 'tuned' },
  ];
  for (const subject of subjects()) {
    if (wanted ? subject.id !== wanted : subject.isOptIn) continue;
    for (const { label, cases, isWanted } of sets) {
      const chosen = cases.filter((c) => isWanted && (!only || c.id.startsWith(only)));
      if (chosen.length === 0) continue;
      const results: CaseResult[] = [];
      for (const c of chosen) results.push(await evaluate(subject, c));
      report(`${subject.label}, ${label}`, results, verbose);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
