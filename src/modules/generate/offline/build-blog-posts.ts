import type { Page } from '@/modules/document/site-document-schema';
import { starterPosts } from './bank/blog-posts';
import { text, type ComposeEnv } from './compose-env';
import { Text } from './text';

/**
 * Three starter posts (pages of kind "post"), so a requested blog never publishes as an empty
 * heading. Dated today and the two days before, signed by the business.
 */
export function buildBlogPosts(env: ComposeEnv, now: Date, put: (key: string, value: Text) => unknown): Page[] {
  return starterPosts.map((post, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - index)).toISOString().slice(0, 10);
    const key = `post.${post.slug}`;
    return {
      slug: `blog/${post.slug}`,
      kind: 'post',
      titleKey: put(`${key}.title`, text(env, post.title)) as string,
      descriptionKey: put(`${key}.excerpt`, text(env, post.excerpt)) as string,
      post: {
        date,
        authorKey: put(`${key}.author`, Text.same(env.brief.name)) as string,
        excerptKey: `${key}.excerpt`,
        bodyKey: put(`${key}.body`, text(env, post.body)) as string,
      },
      sections: [],
    };
  });
}
