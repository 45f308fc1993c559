'use server';

import { defineAction } from '@/lib/actions/define-action';
import { getProviderChain } from '@/lib/ai/get-provider-chain';
import { requireSession } from '@/modules/accounts/server-session';
import { offlineComposer } from '@/modules/generate/offline-composer';
import { translateMissingTexts, translateMissingTextsInput } from '@/modules/generate/translate-missing-texts';
import { suggestText, suggestTextInput } from '@/modules/generate/suggest-text';
import { writeNewSection, writeNewSectionInput } from '@/modules/generate/write-new-section';

/**
 * "Translate what is missing" in the editor: the texts one language lacks, translated by the
 * add-language path. The answer is applied in the browser as text edits (undoable, autosaved);
 * nothing is written here. Who may ask is decided by RLS on the draft and the generation quota.
 */
export const translateMissingAction = defineAction('translateMissingAction', translateMissingTextsInput, async (input) => {
  const session = await requireSession();
  return translateMissingTexts(session.claims, input, { chain: getProviderChain(), offline: offlineComposer });
});

/** AI help on one selected text (shorter, formal, casual, 3 alternatives); the chosen one is applied in the browser. */
export const suggestTextAction = defineAction('suggestTextAction', suggestTextInput, async (input) => {
  const session = await requireSession();
  return suggestText(session.claims, input, { chain: getProviderChain() });
});

/**
 * "Write it for me" in Add a section: a section of the chosen type written by the AI (or the
 * offline composer); the editor inserts it as one undoable edit. Metered by its tokens.
 */
export const writeSectionAction = defineAction('writeSectionAction', writeNewSectionInput, async (input) => {
  const session = await requireSession();
  return writeNewSection(session.claims, input, { chain: getProviderChain(), offline: offlineComposer });
});
