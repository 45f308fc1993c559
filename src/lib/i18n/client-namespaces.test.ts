import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import { isCovered, scanAreas } from './client-namespace-scan';
import { CLIENT_MESSAGE_AREAS, pickMessages } from './client-namespaces';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const AREA_DIRS = Object.fromEntries(Object.entries(CLIENT_MESSAGE_AREAS).map(([area, { dir }]) => [area, dir]));
const scans = scanAreas(ROOT, AREA_DIRS, en);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('messages sent to the browser, per area (client-namespaces.ts)', () => {
  it('names only namespaces that exist in the catalogue', () => {
    const missing = Object.entries(CLIENT_MESSAGE_AREAS).flatMap(([area, { namespaces }]) =>
      namespaces.filter((namespace) => Object.keys(pickMessages(en, [namespace])).length === 0).map((namespace) => `${area}: ${namespace}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(scans.map((scan) => [scan.area, scan] as const))(
    '%s: every client component translates only with what its area sends',
    (area, scan) => {
      const sent = CLIENT_MESSAGE_AREAS[area as keyof typeof CLIENT_MESSAGE_AREAS].namespaces;
      const unsent = scan.usages.filter((usage) => !isCovered(usage.need, sent)).map((usage) => `${usage.file}: ${usage.how}`);
      // A namespace missing here would reach a person as a raw key ("editor.save.saved"): add it to
      // the area's list in client-namespaces.ts, or translate on the server and pass the text down.
      expect(unsent).toEqual([]);
    },
  );

  it.each(scans.map((scan) => [scan.area, scan] as const))('%s: sends nothing its client components do not read', (area, scan) => {
    const sent: readonly string[] = CLIENT_MESSAGE_AREAS[area as keyof typeof CLIENT_MESSAGE_AREAS].namespaces;
    const needs = scan.usages.map((usage) => usage.need);
    const unread = sent.filter((namespace) => !needs.some((need) => isCovered(need, [namespace]) || isCovered(namespace, [need])));
    expect(unread).toEqual([]);
  });

  it("wraps each area's layout in its provider, and no provider sends the whole catalogue", () => {
    for (const [area, { dir }] of Object.entries(CLIENT_MESSAGE_AREAS)) {
      const layout = readFileSync(path.join(ROOT, dir, 'layout.tsx'), 'utf8');
      expect(layout, `${dir}/layout.tsx`).toContain(`<ClientMessages area="${area}">`);
    }
    // A NextIntlClientProvider without `messages` sends the whole catalogue (next-intl 4 inherits
    // it from the request config): every provider names what it sends (global-error.tsx its own
    // small catalogue, since it replaces the root layout).
    const withoutMessages = sourceFiles(path.join(ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<NextIntlClientProvider\b([^>]*)>/g)]
        .filter((match) => !/\bmessages=/.test(match[1]!))
        .map(() => path.relative(ROOT, file)),
    );
    expect(withoutMessages).toEqual([]);
  });

  it('picks nested namespaces and leaves out the rest', () => {
    const catalog = { a: { x: '1', y: { z: '2' } }, b: { w: '3' }, c: '4' };
    expect(pickMessages(catalog, ['a.y', 'c', 'missing.path'])).toEqual({ a: { y: { z: '2' } }, c: '4' });
    expect(pickMessages(catalog, [])).toEqual({});
  });
});
