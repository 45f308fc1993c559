import { heading, type ComposeEnv } from './compose-env';
import type { DraftObject } from './draft';
import { Text } from '@/modules/brief/text';
import { sameVars, wordsText } from './words-copy';

/**
 * People and quotes the prompt asked for but did not give. The people it names are on the page
 * by name (their role only if it said one); otherwise the slots are placeholders that say what
 * goes there — never a made-up person with a local-sounding name, never a quote nobody said —
 * marked, so publishing waits until the person fills them in or removes them.
 */
export function buildPlaceholderTeam(env: ComposeEnv, id: string): DraftObject {
  const given = env.brief.site?.facts.people ?? [];
  const members =
    given.length > 0
      ? given.slice(0, 6).map((name) => ({ name: Text.same(name) }))
      : [0, 1, 2].map(() => ({
          name: wordsText('teamNamePlaceholder', sameVars({})),
          role: wordsText('teamRolePlaceholder', sameVars({})),
          isSample: true,
        }));
  return { id, type: 'team', variant: 'cards', title: heading(env, 'team'), members };
}

export function buildPlaceholderTestimonials(env: ComposeEnv, id: string): DraftObject {
  // Customers' words the person quoted: theirs, as given, never a sample.
  const given = env.brief.site?.testimonials ?? [];
  if (given.length > 0) {
    const items = given.map((entry) => ({
      quote: Text.same(entry.quote),
      author: entry.author ? Text.same(entry.author) : wordsText('quoteAuthorUnnamed', sameVars({})),
    }));
    return { id, type: 'testimonials', variant: items.length === 1 ? 'quote' : 'cards', title: heading(env, 'testimonials'), items };
  }
  const items = [0, 1, 2].map(() => ({
    quote: wordsText('quotePlaceholder', sameVars({})),
    author: wordsText('quoteAuthorPlaceholder', sameVars({})),
    isSample: true,
  }));
  return { id, type: 'testimonials', variant: 'cards', title: heading(env, 'testimonials'), items };
}
