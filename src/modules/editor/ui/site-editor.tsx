'use client';

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/translate';
import { ListOrdered, Redo2, Undo2 } from 'lucide-react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { Alert, AlertActions, AlertTitle } from '@/lib/ui/alert';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from '@/lib/ui/alert-dialog';
import { Button } from '@/lib/ui/button';
import { cn } from '@/lib/ui/cn';
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from '@/lib/ui/sheet';
import { sectionTypeLabel } from '@/modules/generate/ui/section-names';
import { DEVICE_WIDTHS, localeName, type Device } from '@/modules/generate/studio-options';
import type { FrameToApp } from '@/modules/render/frame-protocol';
import { duplicateSection } from '../duplicate-section';
import { hideSectionOp, removeSectionOp } from '../unlink-section';
import { findImagePath } from '../find-image-path';
import { untranslatedKeysByLocale } from '../untranslated-keys';
import type { EditOperation, EditRefusal } from '../edit-operation';
import { editSession, redoSession, startSession, undoSession, type EditorSession, type SessionStep } from '../editor-session';
import { findSamples } from '@/modules/build/find-samples';
import { AddSectionDialog } from './add-section-dialog';
import { EditorCanvas } from './editor-canvas';
import { EditorHeader, PublishSheet } from './editor-header';
import { EditorSidebar } from './editor-sidebar';
import { LinkPopover, type ClickedLink } from './link-popover';
import { LinksPanel } from './links-panel';
import { PropertiesPanel, PropertiesSheet, type PropertiesProps } from './properties-panel';
import { PublishBlockers } from './publish-blockers';
import { SectionImagePicker } from './section-image-picker';
import { SectionOutline, type OutlineActions } from './section-outline';
import { ThemePanel } from './theme-panel';
import { SharePanel } from './share-panel';
import { PagesPanel } from './pages-panel';
import { TranslateMissing } from './translate-missing';
import { AiTextHelp } from './ai-text-help';
import { VersionsPanel } from './versions-panel';
import { useAutosave, type SaveState } from './use-autosave';

const DEVICES = Object.keys(DEVICE_WIDTHS) as Device[];
const groupClass = 'flex shrink-0 gap-0.5 rounded-xl border border-gray-200 bg-white p-0.5';

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations('editor.save');
  const text =
    state.kind === 'saved'
      ? t('saved')
      : state.kind === 'offline'
        ? t('offline')
        : state.kind === 'conflict'
          ? t('conflictShort')
          : state.kind === 'error'
            ? t('failed')
            : t('saving');
  return (
    <p role="status" data-testid="save-state" data-state={state.kind} className="truncate text-xs text-muted">
      {text}
    </p>
  );
}

/**
 * The visual editor of a project's draft: canvas, outline of the home page's sections, undo/redo
 * and autosave. Every change is an operation applied through the document schema (apply-edit.ts),
 * so what is shown and saved is always a valid site.
 */
export function SiteEditor({
  projectId,
  draft,
  photos,
  frame,
}: {
  projectId: string;
  draft: { version: number; document: SiteDocument };
  photos: Record<string, string>;
  /** The header's page-level parts: the site's name, where "back" leads, and the publish panel. */
  frame: { siteName: string; backHref: string; publish: React.ReactNode };
}) {
  const t = useTranslations('editor');
  const tRoot = useTranslations();
  const uiLocale = useLocale() as Locale;
  const [session, setSession] = useState<EditorSession>(() => startSession(draft.document, draft.version));
  const document = session.history.document;
  const [locale, setLocale] = useState(draft.document.i18n.defaultLocale);
  const [device, setDevice] = useState<Device>('desktop');
  // The page shown in the canvas and edited by the outline (Pages and SEO picks it).
  const [pageSlug, setPageSlug] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The text last clicked on the canvas: what AI text help works on.
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [clickedLink, setClickedLink] = useState<ClickedLink | null>(null);
  // A picture clicked on the canvas, named by its alt text's key: the image picker opens for it.
  const [clickedImage, setClickedImage] = useState<{ sectionId: string; altKey: string } | null>(null);
  // Bumped when a section is picked on the canvas or added: the sidebar shows its properties.
  const [propertiesRequest, setPropertiesRequest] = useState(0);
  const [pickedPhotos, setPickedPhotos] = useState<Record<string, string>>({});
  const canvasBox = useRef<HTMLDivElement>(null);
  const [deleteId, setDeleteId] = useState<string | null>(null);
  const [isOutlineOpen, setOutlineOpen] = useState(false);
  const [isThemeOpen, setThemeOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // What a screen reader hears after an edit that moves things out of sight (undo, a section
  // moved or removed); a trailing no-break space alternates so the same words are read again.
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text)), []);
  const [reloadKey, setReloadKey] = useState(0);
  // Keystrokes in one text merge into one undo step until that text is left.
  const typingRun = useRef(0);
  const { state: saveState, reapplyOnTheirs, keepMyVersion } = useAutosave(projectId, session, setSession);

  // Texts each language lacks (the page shows the default language's there): marked on the
  // canvas, counted on the language buttons, and publishing waits until they are written.
  // Worked out a moment behind the keystrokes (deferred), so typing never waits for it.
  const settledDocument = useDeferredValue(document);
  const untranslated = useMemo(() => untranslatedKeysByLocale(settledDocument), [settledDocument]);
  const untranslatedHere = untranslated[locale]?.length ?? 0;
  // The samples check publishing runs, run on every settled change: what still blocks, live.
  const samples = useMemo(() => findSamples(settledDocument), [settledDocument]);
  // Bumped by "Show me" on a phone, where the properties are a sheet rather than the sidebar.
  const [propertiesSheetRequest, setPropertiesSheetRequest] = useState(0);

  const page = document.pages.find((candidate) => candidate.slug === pageSlug) ?? document.pages[0]!;
  const sections = page.sections.filter((section) => section.type !== 'footer');

  const refused = useCallback((refusal: EditRefusal) => setNotice(tRoot(refusal.key, { reason: refusal.reason ?? '' })), [tRoot]);

  const applyStep = useCallback(
    (run: (current: EditorSession) => SessionStep | null) => {
      setSession((current) => {
        const result = run(current);
        if (!result) return current;
        if (!result.ok) {
          queueMicrotask(() => refused(result.refusal));
          return current;
        }
        return result.session;
      });
    },
    [refused],
  );

  const apply = useCallback(
    (op: EditOperation, mergeKey?: string) => {
      setNotice(null);
      applyStep((current) => editSession(current, op, mergeKey));
    },
    [applyStep],
  );

  const undo = useCallback(() => {
    applyStep(undoSession);
    announce(t('announce.undone'));
  }, [applyStep, announce, t]);
  const redo = useCallback(() => {
    applyStep(redoSession);
    announce(t('announce.redone'));
  }, [applyStep, announce, t]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || isTypingTarget(event.target)) return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  const onFrameMessage = useCallback(
    (message: FrameToApp) => {
      if (message.type === 'select') {
        setSelectedId(message.sectionId);
        if (message.key) setSelectedKey(message.key);
        if (message.sectionId && message.key === null) setPropertiesRequest((n) => n + 1);
      } else if (message.type === 'link') {
        // The frame reports the label's box in its own viewport; the popover is placed in ours.
        const frameBox = canvasBox.current?.querySelector('iframe')?.getBoundingClientRect();
        const { x, y, width, height } = message.rect;
        setClickedLink({ ...message, rect: { x: x + (frameBox?.x ?? 0), y: y + (frameBox?.y ?? 0), width, height } });
      } else if (message.type === 'image') {
        setClickedImage({ sectionId: message.sectionId, altKey: message.altKey });
      } else if (message.type === 'text') {
        apply({ op: 'set-text', locale, key: message.key, value: message.text }, `text:${message.key}:${typingRun.current}`);
      } else if (message.type === 'text-done') typingRun.current++;
      else if (message.type === 'history') (message.action === 'undo' ? undo : redo)();
    },
    [apply, locale, undo, redo],
  );

  const indexOf = (id: string) => page.sections.findIndex((section) => section.id === id);
  const nameOf = (id: string) => {
    const type = page.sections.find((section) => section.id === id)?.type;
    return type ? sectionTypeLabel(type, uiLocale) : '';
  };
  const outlineActions: OutlineActions = {
    onSelect: (id) => {
      setSelectedId(id);
      setOutlineOpen(false);
    },
    onMove: (id, toId) => {
      const toIndex = indexOf(toId);
      apply({ op: 'move-section', page: page.slug, sectionId: id, toIndex });
      const position = sections.findIndex((section) => section.id === toId) + 1;
      announce(t('announce.moved', { name: nameOf(id), position, count: sections.length }));
    },
    onDuplicate: (id) => {
      const op = duplicateSection(document, page.slug, id);
      if (op) apply(op);
      announce(t('announce.duplicated', { name: nameOf(id) }));
    },
    onToggleHidden: (id) => {
      const isHidden = page.sections[indexOf(id)]?.hidden === true;
      // Hiding takes the links to the section with it (unlink-section.ts); showing it again does
      // not bring them back by guessing — undo does.
      const hide = isHidden ? null : hideSectionOp(document, page.slug, id);
      apply(hide ?? { op: 'set-field', page: page.slug, sectionId: id, path: ['hidden'] });
      announce(t(isHidden ? 'announce.shown' : 'announce.hidden', { name: nameOf(id) }));
    },
    onDelete: setDeleteId,
  };

  const confirmDelete = () => {
    if (deleteId) {
      const op = removeSectionOp(document, page.slug, deleteId);
      if (op) apply(op);
      announce(t('announce.deleted', { name: nameOf(deleteId) }));
    }
    if (deleteId === selectedId) setSelectedId(null);
    setDeleteId(null);
  };

  const loadTheirs = async () => {
    const result = await reapplyOnTheirs();
    if (!result) return;
    setReloadKey((key) => key + 1);
    setNotice(result.skipped > 0 ? t('conflict.skipped', { count: result.skipped }) : null);
  };

  const outline = (
    <div className="space-y-3">
      <SectionOutline
        sections={sections.map((s) => ({ id: s.id, type: s.type, hidden: s.hidden === true }))}
        selectedId={selectedId}
        actions={outlineActions}
      />
      <AddSectionDialog
        projectId={projectId}
        document={document}
        pageSlug={page.slug}
        apply={apply}
        onAdded={(id) => {
          outlineActions.onSelect(id);
          setPropertiesRequest((n) => n + 1);
        }}
      />
    </div>
  );
  const properties: PropertiesProps = {
    document,
    pageSlug: page.slug,
    sectionId: selectedId,
    locale,
    apply,
    onPhotos: (previews) => setPickedPhotos((current) => ({ ...current, ...previews })),
  };
  const clickedSection = clickedImage ? page.sections.find((section) => section.id === clickedImage.sectionId) : undefined;
  const clickedImagePath = clickedSection && clickedImage ? findImagePath(clickedSection, clickedImage.altKey) : null;
  const imageTarget =
    clickedSection && clickedImagePath
      ? {
          sectionId: clickedSection.id,
          path: clickedImagePath,
          label: t('canvasImage', { section: sectionTypeLabel(clickedSection.type, uiLocale) }),
        }
      : null;
  const canUndo = session.history.undo.length > 0;
  const canRedo = session.history.redo.length > 0;
  const deleteType = deleteId ? sections.find((s) => s.id === deleteId)?.type : undefined;
  const deleteName = deleteType ? sectionTypeLabel(deleteType, uiLocale) : '';

  const tools = (
    <>
      {document.i18n.locales.length > 1 ? (
        <div role="group" aria-label={t('language')} className="flex shrink-0 gap-1">
          {document.i18n.locales.map((option) => (
            <Button
              key={option}
              variant="toggle"
              size="compact"
              lang={option}
              aria-label={
                `${localeName(option)} (${option.toUpperCase()})` +
                (untranslated[option] ? `, ${t('untranslated.count', { count: untranslated[option].length })}` : '')
              }
              aria-pressed={option === locale}
              onClick={() => setLocale(option)}
            >
              {option.toUpperCase()}
              {untranslated[option] ? (
                <span aria-hidden="true" className="rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
                  {untranslated[option].length}
                </span>
              ) : null}
            </Button>
          ))}
        </div>
      ) : null}
      <Sheet open={isOutlineOpen} onOpenChange={setOutlineOpen}>
        <SheetTrigger asChild>
          <Button variant="secondary" className="lg:hidden">
            <ListOrdered aria-hidden="true" />
            {t('outline.open')}
          </Button>
        </SheetTrigger>
        <SheetContent side="bottom" closeLabel={t('outline.close')} className="overflow-y-auto p-4 pt-14">
          <SheetTitle className="sr-only">{t('outline.title')}</SheetTitle>
          {outline}
        </SheetContent>
      </Sheet>
      <PropertiesSheet {...properties} openRequest={propertiesSheetRequest} />
      <PagesPanel
        document={document}
        pageSlug={page.slug}
        locale={locale}
        photos={{ ...photos, ...pickedPhotos }}
        apply={apply}
        onSelectPage={(slug) => {
          setPageSlug(slug);
          setSelectedId(null);
        }}
        onPhotos={(previews) => setPickedPhotos((current) => ({ ...current, ...previews }))}
      />
      <LinksPanel document={document} locale={locale} apply={(op, mergeKey) => op && apply(op, mergeKey)} />
      <AiTextHelp
        projectId={projectId}
        locale={locale}
        textKey={selectedKey}
        text={selectedKey ? (document.i18n.strings[locale]?.[selectedKey] ?? '') : ''}
        apply={apply}
      />
      <ThemePanel
        theme={document.theme}
        onChange={(theme, mergeKey) => apply({ op: 'set-theme', theme }, mergeKey)}
        open={isThemeOpen}
        onOpenChange={setThemeOpen}
      />
      <VersionsPanel
        projectId={projectId}
        document={document}
        baseVersion={session.baseVersion}
        photos={photos}
        onRestore={(restored, name) => {
          apply({ op: 'replace-document', document: restored });
          setNotice(t('versions.restored', { name }));
        }}
      />
      <SharePanel projectId={projectId} />
    </>
  );

  return (
    <div className="lg:flex lg:h-dvh lg:flex-col">
      <EditorHeader
        siteName={frame.siteName}
        backHref={frame.backHref}
        status={<SaveStatus state={saveState} />}
        history={
          <div className="flex shrink-0">
            <Button variant="toggle" size="compact" aria-label={t('undo')} title={t('undo')} disabled={!canUndo} onClick={undo}>
              <Undo2 aria-hidden="true" />
            </Button>
            <Button variant="toggle" size="compact" aria-label={t('redo')} title={t('redo')} disabled={!canRedo} onClick={redo}>
              <Redo2 aria-hidden="true" />
            </Button>
          </div>
        }
        device={
          // On a phone the canvas is already phone-wide: the width picker is for larger screens.
          <div role="group" aria-label={t('device')} className={`${groupClass} max-sm:hidden`}>
            {DEVICES.map((option) => (
              <Button key={option} variant="toggle" size="compact" aria-pressed={option === device} onClick={() => setDevice(option)}>
                {t('deviceName', { device: option })}
              </Button>
            ))}
          </div>
        }
        tools={tools}
        publish={<PublishSheet isSaved={saveState.kind === 'saved'}>{frame.publish}</PublishSheet>}
      />

      <p className="sr-only" aria-live="polite" data-testid="editor-announcer">
        {announcement}
      </p>
      {/* The canvas comes first on every screen. Beside it on a computer: what still needs doing
          (untranslated texts, publish blockers) above the outline and properties; on a phone that
          list follows the canvas. While the theme panel is open on a computer, the canvas makes
          room for it instead of being covered (issue 34). */}
      <div
        data-testid="editor-body"
        className={cn(
          'grid gap-3 p-2 sm:p-3 lg:min-h-0 lg:flex-1 lg:grid-cols-[20rem_minmax(0,1fr)] lg:grid-rows-[auto_minmax(0,1fr)]',
          isThemeOpen && 'lg:pr-[22.75rem]',
        )}
      >
        <div className="order-1 flex min-w-0 flex-col gap-3 lg:order-none lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:min-h-0">
          {saveState.kind === 'conflict' ? (
            <Alert variant="warning" role="alert" data-testid="edit-conflict">
              <AlertTitle>{t('conflict.title')}</AlertTitle>
              <p>{t('conflict.body')}</p>
              <AlertActions>
                <Button onClick={() => void loadTheirs()}>{t('conflict.reapply')}</Button>
                <Button variant="secondary" onClick={keepMyVersion}>
                  {t('conflict.keepMine')}
                </Button>
              </AlertActions>
            </Alert>
          ) : null}
          {saveState.kind === 'error' ? (
            <Alert variant="error" role="alert">
              {saveState.message}
            </Alert>
          ) : null}
          {notice ? (
            <Alert variant="warning" role="alert" data-testid="edit-notice">
              {notice}
            </Alert>
          ) : null}
          <div
            ref={canvasBox}
            className="h-[calc(100dvh-4.5rem)] min-w-0 overflow-hidden rounded-2xl border border-gray-200 bg-gray-100 lg:h-auto lg:min-h-0 lg:flex-1"
          >
            <EditorCanvas
              document={document}
              view={{ pageSlug: page.slug, locale, photos: { ...photos, ...pickedPhotos }, untranslatedKeys: untranslated[locale] }}
              reloadKey={reloadKey}
              width={DEVICE_WIDTHS[device]}
              title={t('canvas')}
              selectedId={selectedId}
              onMessage={onFrameMessage}
            />
          </div>
        </div>
        <div className="order-2 space-y-3 empty:hidden lg:order-none lg:col-start-1 lg:row-start-1 lg:max-h-[45dvh] lg:overflow-y-auto">
          {untranslatedHere > 0 ? (
            <Alert variant="warning" data-testid="untranslated-notice">
              {t('untranslated.notice', {
                count: untranslatedHere,
                language: localeName(locale),
                fallback: localeName(document.i18n.defaultLocale),
              })}
              <TranslateMissing projectId={projectId} document={document} locale={locale} keys={untranslated[locale] ?? []} apply={apply} />
            </Alert>
          ) : null}
          <PublishBlockers
            document={settledDocument}
            findings={samples}
            onShow={(finding) => {
              if (finding.kind === 'name') return;
              setPageSlug(finding.pageSlug);
              if (finding.kind === 'post') {
                setSelectedId(null);
                return;
              }
              setSelectedId(finding.sectionId);
              setPropertiesRequest((n) => n + 1);
              setPropertiesSheetRequest((n) => n + 1);
            }}
          />
        </div>
        <aside className="hidden lg:col-start-1 lg:row-start-2 lg:block lg:min-h-0 lg:overflow-y-auto lg:p-1">
          <EditorSidebar outline={outline} properties={<PropertiesPanel {...properties} />} showProperties={propertiesRequest} />
        </aside>
      </div>
      <SectionImagePicker
        document={document}
        pageSlug={page.slug}
        locale={locale}
        target={imageTarget}
        onClose={() => setClickedImage(null)}
        apply={apply}
        onPhotos={properties.onPhotos}
      />
      <LinkPopover
        link={clickedLink}
        document={document}
        pageSlug={page.slug}
        locale={locale}
        apply={apply}
        onClose={() => setClickedLink(null)}
        returnFocus={() => canvasBox.current?.querySelector('iframe')?.focus()}
      />

      <AlertDialog open={deleteId !== null} onOpenChange={(open) => !open && setDeleteId(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t('delete.title')}</AlertDialogTitle>
            <AlertDialogDescription>{t('delete.body', { name: deleteName })}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{t('delete.cancel')}</AlertDialogCancel>
            <AlertDialogAction onClick={confirmDelete}>{t('delete.confirm')}</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
