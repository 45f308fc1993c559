'use client';

import { useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { FileText, ImageIcon, Plus, Trash2, X } from 'lucide-react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { getPhotoPreviewsAction } from '@/modules/storage/actions';
import { ImagePicker, type PickedImage } from '@/modules/storage/ui/image-picker';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import { NativeSelect } from '@/lib/ui/native-select';
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from '@/lib/ui/sheet';
import { Textarea } from '@/lib/ui/textarea';
import type { EditOperation } from '../edit-operation';
import { logoOp, newPageOp, pageTextOp, removePageOp, renamePageOp, slugFromTitle, socialImageOp } from '../page-ops';
import { SeoPreviews } from './seo-previews';
import { toolLabelClass } from './tool-label';

const LARGE = '(min-width: 1024px)';
const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(LARGE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
/** Larger screens get the panel at the side (the canvas stays visible); phones a bottom sheet. */
const useIsLarge = () =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(LARGE).matches,
    () => true,
  );

type Props = {
  document: SiteDocument;
  pageSlug: string;
  locale: string;
  photos: Record<string, string>;
  apply: (op: EditOperation, mergeKey?: string) => void;
  onSelectPage: (slug: string) => void;
  onPhotos: (previews: Record<string, string>) => void;
};

/** The address a person typed, made into a valid one: "Nossa História" → "nossa-historia", "blog/Natal" → "blog/natal". */
const normalizeSlug = (typed: string) =>
  typed
    .split('/')
    .filter((part) => part.trim())
    .map(slugFromTitle)
    .join('/');

/**
 * Pages and SEO: the site's pages and blog posts (open one in the canvas, add, rename, remove),
 * the chosen page's title, description and social image, the site's name and logo, and how the
 * page looks in a Google result and a shared link's card. Every change is an operation (undoable,
 * autosaved); texts are written in the language being edited.
 */
export function PagesPanel(props: Props) {
  const { document, pageSlug, locale, apply, onSelectPage } = props;
  const t = useTranslations('editor.pages');
  const isLarge = useIsLarge();
  const [newTitle, setNewTitle] = useState('');
  const [newKind, setNewKind] = useState<'page' | 'post'>('page');
  const strings = document.i18n.strings;
  const text = (key: string | undefined) => (key ? (strings[locale]?.[key] ?? strings[document.i18n.defaultLocale]?.[key] ?? '') : '');

  const add = () => {
    if (!newTitle.trim()) return;
    const made = newPageOp(document, { kind: newKind, title: newTitle.trim(), today: new Date().toISOString().slice(0, 10) });
    if (!made) return;
    apply(made.op);
    setNewTitle('');
    onSelectPage(made.slug);
  };

  return (
    <Sheet modal={false}>
      <SheetTrigger asChild>
        <Button variant="secondary" title={t('open')} data-testid="open-pages">
          <FileText aria-hidden="true" />
          <span className={toolLabelClass}>{t('open')}</span>
        </Button>
      </SheetTrigger>
      <SheetContent
        side={isLarge ? 'right' : 'bottom'}
        closeLabel={t('close')}
        className="space-y-4 overflow-y-auto p-4 pt-14 lg:w-[min(26rem,calc(100%-3rem))]"
        // Not modal: the canvas shows the chosen page while the panel stays open.
        onInteractOutside={(event) => event.preventDefault()}
      >
        <SheetTitle>{t('title')}</SheetTitle>
        <SheetDescription className="text-sm text-muted">{t('description')}</SheetDescription>

        <section aria-labelledby="pages-list-title" className="space-y-2">
          <h3 id="pages-list-title" className="text-sm font-semibold">
            {t('listTitle')}
          </h3>
          <ul className="space-y-1" data-testid="page-list">
            {document.pages.map((page) => (
              <li key={page.slug}>
                <Button
                  variant="toggle"
                  className="h-auto w-full justify-between gap-2 py-2 text-left"
                  aria-current={page.slug === pageSlug ? 'page' : undefined}
                  aria-pressed={page.slug === pageSlug}
                  data-slug={page.slug}
                  onClick={() => onSelectPage(page.slug)}
                >
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{text(page.titleKey) || t('untitled')}</span>
                    <span className="block truncate text-xs text-muted">/{page.slug}</span>
                  </span>
                  <Badge variant={page.kind === 'post' ? 'brand' : 'neutral'}>{t('kind', { kind: page.kind })}</Badge>
                </Button>
              </li>
            ))}
          </ul>
          <form
            className="space-y-2 rounded-xl border border-gray-200 p-3"
            onSubmit={(event) => {
              event.preventDefault();
              add();
            }}
          >
            <FormField label={t('newTitle')}>
              {(control) => <Input {...control} value={newTitle} maxLength={120} onChange={(event) => setNewTitle(event.target.value)} />}
            </FormField>
            <FormField label={t('newKind')}>
              {(control) => (
                <NativeSelect
                  {...control}
                  value={newKind}
                  onChange={(event) => setNewKind(event.target.value === 'post' ? 'post' : 'page')}
                >
                  <option value="page">{t('kind', { kind: 'page' })}</option>
                  <option value="post">{t('kind', { kind: 'post' })}</option>
                </NativeSelect>
              )}
            </FormField>
            <Button type="submit" disabled={!newTitle.trim()}>
              <Plus aria-hidden="true" />
              {t('add')}
            </Button>
          </form>
        </section>

        <PageSettings key={pageSlug} {...props} />
        <SiteSettings {...props} />
        <SeoPreviews document={document} pageSlug={pageSlug} locale={locale} photos={props.photos} />
      </SheetContent>
    </Sheet>
  );
}

async function previewsOf(fileId: string): Promise<Record<string, string>> {
  const previews = await getPhotoPreviewsAction({ ids: [fileId] });
  return previews.ok ? Object.fromEntries(Object.entries(previews.data).map(([id, url]) => [`file:${id}`, url])) : {};
}

function PageSettings({ document, pageSlug, locale, apply, onSelectPage, onPhotos }: Props) {
  const t = useTranslations('editor.pages');
  const page = document.pages.find((candidate) => candidate.slug === pageSlug);
  const [slug, setSlug] = useState(pageSlug);
  const [slugError, setSlugError] = useState<string | null>(null);
  const [isPicking, setPicking] = useState(false);
  const [isConfirmingRemove, setConfirmingRemove] = useState(false);
  if (!page) return null;
  const strings = document.i18n.strings;
  const read = (key: string | undefined) => (key ? (strings[locale]?.[key] ?? '') : '');
  const isHome = page.slug === '';

  const rename = () => {
    const next = normalizeSlug(slug);
    if (!next || next === page.slug) return setSlug(page.slug);
    if (document.pages.some((other) => other.slug === next)) return setSlugError(t('slugTaken', { slug: next }));
    setSlugError(null);
    setSlug(next);
    const op = renamePageOp(document, page.slug, next);
    if (!op) return setSlug(page.slug);
    apply(op);
    onSelectPage(next);
  };
  const setText = (field: 'titleKey' | 'descriptionKey', value: string) => {
    const op = pageTextOp(document, page.slug, field, locale, value);
    // Keystrokes in one field merge into one undo step once the text has its key.
    if (op) apply(op, page[field] ? `page-text:${page[field]}:${locale}` : undefined);
  };
  const pick = async (image: PickedImage) => {
    apply(socialImageOp(page.slug, image.fileId));
    onPhotos(await previewsOf(image.fileId));
    return null;
  };

  return (
    <section aria-labelledby="page-settings-title" className="space-y-3" data-testid="page-settings">
      <h3 id="page-settings-title" className="text-sm font-semibold">
        {t('pageTitle', { name: read(page.titleKey) || t('untitled') })}
      </h3>
      {isHome ? null : (
        <form
          className="space-y-1"
          onSubmit={(event) => {
            event.preventDefault();
            rename();
          }}
        >
          <FormField label={t('slug')} hint={t('slugHint')} error={slugError ?? undefined}>
            {(control) => (
              <div className="flex gap-2">
                <Input {...control} value={slug} maxLength={120} onChange={(event) => setSlug(event.target.value)} />
                <Button type="submit" variant="secondary">
                  {t('rename')}
                </Button>
              </div>
            )}
          </FormField>
        </form>
      )}
      <FormField label={t('seoTitle')} hint={isHome ? t('homeTitleHint') : undefined}>
        {(control) => (
          <Input
            {...control}
            lang={locale}
            maxLength={5000}
            value={read(isHome ? document.seo.titleKey : page.titleKey)}
            onChange={(event) =>
              isHome
                ? apply({ op: 'set-text', locale, key: document.seo.titleKey, value: event.target.value }, `seo-title:${locale}`)
                : setText('titleKey', event.target.value)
            }
          />
        )}
      </FormField>
      <FormField label={t('seoDescription')}>
        {(control) => (
          <Textarea
            {...control}
            lang={locale}
            rows={3}
            maxLength={5000}
            value={read(page.descriptionKey ?? (isHome ? document.seo.descriptionKey : undefined))}
            onChange={(event) =>
              isHome && !page.descriptionKey
                ? apply(
                    { op: 'set-text', locale, key: document.seo.descriptionKey, value: event.target.value },
                    `seo-description:${locale}`,
                  )
                : setText('descriptionKey', event.target.value)
            }
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setPicking(true)}>
          <ImageIcon aria-hidden="true" />
          {page.socialImage ? t('changeSocialImage') : t('chooseSocialImage')}
        </Button>
        {page.socialImage ? (
          <Button variant="secondary" onClick={() => apply(socialImageOp(page.slug, null))}>
            <X aria-hidden="true" />
            {t('removeSocialImage')}
          </Button>
        ) : null}
      </div>
      <ImagePicker open={isPicking} onOpenChange={setPicking} title={t('socialImage')} onPick={pick} />
      {isHome ? null : isConfirmingRemove ? (
        <div role="alert" className="space-y-2 rounded-xl border border-red-200 bg-red-50 p-3 text-sm">
          <p>{t('removeConfirm', { name: read(page.titleKey) || `/${page.slug}` })}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="destructive"
              onClick={() => {
                const op = removePageOp(document, page.slug);
                if (op) apply(op);
                onSelectPage('');
              }}
            >
              {t('removeYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmingRemove(false)}>
              {t('removeNo')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirmingRemove(true)}>
          <Trash2 aria-hidden="true" />
          {t('remove')}
        </Button>
      )}
    </section>
  );
}

function SiteSettings({ document, locale, apply, onPhotos }: Props) {
  const t = useTranslations('editor.pages');
  const [isPicking, setPicking] = useState(false);
  const nameKey = document.site.nameKey;
  return (
    <section aria-labelledby="site-settings-title" className="space-y-3" data-testid="site-settings">
      <h3 id="site-settings-title" className="text-sm font-semibold">
        {t('siteTitle')}
      </h3>
      <FormField label={t('siteName')}>
        {(control) => (
          <Input
            {...control}
            lang={locale}
            maxLength={5000}
            value={document.i18n.strings[locale]?.[nameKey] ?? ''}
            onChange={(event) => apply({ op: 'set-text', locale, key: nameKey, value: event.target.value }, `site-name:${locale}`)}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setPicking(true)}>
          <ImageIcon aria-hidden="true" />
          {document.site.logo ? t('changeLogo') : t('chooseLogo')}
        </Button>
        {document.site.logo ? (
          <Button variant="secondary" onClick={() => apply(logoOp(document, locale, null))}>
            <X aria-hidden="true" />
            {t('removeLogo')}
          </Button>
        ) : null}
      </div>
      <ImagePicker
        open={isPicking}
        onOpenChange={setPicking}
        title={t('logo')}
        onPick={async (image) => {
          apply(logoOp(document, locale, image));
          onPhotos(await previewsOf(image.fileId));
          return null;
        }}
      />
    </section>
  );
}
