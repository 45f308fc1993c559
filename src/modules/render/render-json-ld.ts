import { openingHoursFromSections } from '@/modules/document/opening-hours';
import type { RenderContext } from './render-context';
import { absoluteUrl } from './absolute-url';
import { safeUrl } from './safe-url';

/**
 * JSON inside <script type="application/ld+json"> is parsed by the HTML tokenizer first, so
 * `</script>` in any text would end the block. Escaping <, > and & as \u escapes keeps the JSON
 * identical while making a closing tag impossible; U+2028/2029 are escaped for old JS parsers.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

type JsonLdInput = { ctx: RenderContext; canonical: string; homeUrl: string; description: string; image?: string; baseUrl?: string };

function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
}

/** Structured data for the page: the business (or the website) plus the blog post, if any. */
export function renderJsonLd({ ctx, canonical, homeUrl, description, image, baseUrl }: JsonLdInput): string {
  const { document, page, locale } = ctx;
  const business = document.seo.business;
  const siteName = ctx.t(document.site.nameKey);
  const graph: Record<string, unknown>[] = [];
  if (business) {
    const address = business.address;
    const url = business.url ? safeUrl(business.url) : homeUrl;
    graph.push(
      withoutEmpty({
        '@type': business.kind,
        name: business.name,
        description,
        url: url === '#' ? undefined : url,
        image,
        // E.164, as the page's tel: links dial it: a number search shows anywhere.
        telephone: business.phone ? ctx.dialablePhone(business.phone) : undefined,
        email: business.email,
        priceRange: business.priceRange,
        // The hours section as the page shows it (the person may have edited or completed it);
        // the generator's record only when the section is absent, still a sample or unreadable.
        openingHours: openingHoursFromSections(document, locale) ?? business.openingHours,
        address: address
          ? withoutEmpty({
              '@type': 'PostalAddress',
              streetAddress: address.street,
              addressLocality: address.locality,
              addressRegion: address.region,
              postalCode: address.postalCode,
              addressCountry: address.country,
            })
          : undefined,
      }),
    );
  } else {
    graph.push(withoutEmpty({ '@type': 'WebSite', name: siteName, url: homeUrl, inLanguage: locale }));
  }
  if (page.kind === 'post' && page.post) {
    const cover = page.post.cover ? absoluteUrl(baseUrl, ctx.imageSrc(page.post.cover.src), true) : undefined;
    graph.push(
      withoutEmpty({
        '@type': 'BlogPosting',
        headline: ctx.t(page.titleKey),
        description,
        datePublished: page.post.date,
        inLanguage: locale,
        author: { '@type': 'Person', name: ctx.t(page.post.authorKey) },
        image: cover ?? image,
        mainEntityOfPage: canonical,
      }),
    );
  }
  const data = { '@context': 'https://schema.org', '@graph': graph };
  return `<script type="application/ld+json">${serializeJsonForScript(data)}</script>`;
}
