import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import { postSchema } from './content-schemas';
import type { Bi } from '@/modules/brief/kind-types';
import content from './bank/blog-posts.json';

export type PostCopy = { slug: string; title: Bi; excerpt: Bi; body: Bi };

/**
 * Starter posts every kind can publish as written: about the business's own words ({label},
 * {name}, {inPlace}), with no claims the prompt did not make. The owner edits or replaces them.
 */
export const starterPosts: readonly PostCopy[] = parseContent('src/modules/composer/bank/blog-posts.json', z.array(postSchema), content);
