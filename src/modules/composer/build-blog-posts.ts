import type { Page } from '@/modules/document/site-document-schema';
import { starterPosts } from './blog-posts';
import { text, type ComposeEnv } from './compose-env';
import { Text } from '@/modules/brief/text';

/**
 * Three starter posts (pages of kind "post"), so a requested blog never publishes as an empty
 * heading. Signed by the business, dated the day the site is made (a date before it would claim
 * a history the site does not have) and marked as samples: the owner writes or edits them
 * before publishing.
 */
export function buildBlogPosts(env: ComposeEnv, now: Date, put: (key: string, value: Text) => unknown): Page[] {
  const date = now.toISOString().slice(0, 10);
  return starterPosts.map((post) => {
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
        isSample: true,
      },
      sections: [],
    };
  });
}
