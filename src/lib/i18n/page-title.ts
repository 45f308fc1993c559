import 'server-only';
import type { Metadata } from 'next';
import type { MessageKey } from './en';
import { getLocale, getT } from './server-locale';

/**
 * `export const generateMetadata = pageTitle('nav.usage')`: the tab title in the person's
 * language (the root layout's template adds " · Page Magic").
 */
export function pageTitle(key: MessageKey | ((locale: 'en' | 'pt-BR') => string)): () => Promise<Metadata> {
  return async () => {
    if (typeof key === 'function') return { title: key(await getLocale()) };
    return { title: (await getT())(key) };
  };
}
