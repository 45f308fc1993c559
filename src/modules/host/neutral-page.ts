import type { SiteResponse } from './site-response';

const COPY: Record<number, { title: string; body: string }> = {
  404: { title: 'Nothing here yet', body: 'This address does not have a published site. / Este endereço não tem um site publicado.' },
  503: { title: 'Temporarily unavailable', body: 'Please try again in a moment. / Tente novamente em instantes.' },
};

/** The page served for unknown, unpublished or broken site hosts: neutral, no branding, no script. */
export function neutralPage(status: 404 | 503, headers: Record<string, string>): SiteResponse {
  const copy = COPY[status]!;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${copy.title}</title></head><body><main><h1>${copy.title}</h1><p>${copy.body}</p></main></body></html>`;
  const body = new TextEncoder().encode(html);
  return {
    status,
    headers: {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': String(body.byteLength),
    },
    body,
  };
}
