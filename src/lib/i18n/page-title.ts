import 'server-only';
import type { Metadata } from 'next';
import type { MessageKeys, NestedKeyOf } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { Messages } from './messages';

/**
 * `export const generateMetadata = pageTitle('nav.usage')`: the tab title in the person's
 * language (the root layout's template adds " · Page Magic").
 */
export function pageTitle(key: MessageKeys<Messages, NestedKeyOf<Messages>>): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations();
    return { title: t(key) };
  };
}
