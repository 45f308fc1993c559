import { AppError } from '@/lib/errors';

export type InjectedTags = {
  /** Inserted just before `</head>`. */
  head?: string;
  /** Inserted just before `</body>`. */
  bodyEnd?: string;
};

function onlyIndexOf(html: string, marker: string): number {
  const first = html.indexOf(marker);
  if (first < 0 || first !== html.lastIndexOf(marker)) {
    // The renderer escapes every '<' in text and in the JSON-LD block, so a page has exactly one
    // of each marker; anything else means a renderer change this function must learn about.
    throw new AppError('INTERNAL', 'errors.build.assetTagMarker', { values: { marker } });
  }
  return first;
}

/**
 * Adds tags the renderer has no option for (the web-manifest link, the service-worker
 * registration script) to a rendered page. Only tags the build itself wrote are passed here,
 * never document text, so no escaping happens at this point.
 */
export function injectAssetTags(html: string, tags: InjectedTags): string {
  const headAt = onlyIndexOf(html, '</head>');
  const bodyAt = onlyIndexOf(html, '</body>');
  if (bodyAt < headAt) throw new AppError('INTERNAL', 'errors.build.assetTagOrder', { values: { body: '</body>', head: '</head>' } });
  const head = tags.head ?? '';
  const bodyEnd = tags.bodyEnd ?? '';
  return html.slice(0, headAt) + head + html.slice(headAt, bodyAt) + bodyEnd + html.slice(bodyAt);
}
