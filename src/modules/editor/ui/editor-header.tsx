'use client';

import { useEffect, useId, useRef, useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ArrowLeft, Ellipsis, Rocket } from 'lucide-react';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { cn } from '@/lib/ui/cn';
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from '@/lib/ui/sheet';

/**
 * The editor's one-row header (issue 34: the editor gets the screen): back to the studio, the
 * site's name with the save state under it, undo/redo, the canvas width, the tools, and publish.
 *
 * The tools (`tools`: panels, language, sections) are rendered once. From `lg` up they sit in the
 * row (`display: contents`); below it the same elements live in the "More" list, a disclosure
 * opened by the "More tools" button — so each panel keeps one trigger and one state whatever the
 * width, and a phone's row never wraps.
 */
export function EditorHeader({
  siteName,
  backHref,
  status,
  history,
  device,
  tools,
  publish,
}: {
  siteName: string;
  backHref: string;
  status: React.ReactNode;
  history: React.ReactNode;
  device: React.ReactNode;
  tools: React.ReactNode;
  publish: React.ReactNode;
}) {
  const t = useTranslations('editor');
  const [isMoreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const moreButton = useRef<HTMLButtonElement>(null);
  const moreList = useRef<HTMLDivElement>(null);

  // Opening the list puts focus on its first tool; Escape or a click elsewhere closes it.
  useEffect(() => {
    if (!isMoreOpen) return;
    moreList.current?.querySelector<HTMLElement>('button:not([disabled]), a[href], select, input')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!moreList.current?.contains(target) && !moreButton.current?.contains(target)) setMoreOpen(false);
    };
    // A tap on the canvas reaches its frame, not this document: the window losing focus says so.
    const onBlur = () => setMoreOpen(false);
    document.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('blur', onBlur);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('blur', onBlur);
    };
  }, [isMoreOpen]);

  // A tool that opens a panel closes the list (the panel takes the screen, and the theme's sheet
  // must leave the canvas visible). Its trigger is then hidden with the list, so when the panel
  // closes, focus comes back to "More tools" instead of getting lost on the page.
  useEffect(() => {
    const list = moreList.current;
    if (!list) return;
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const trigger = mutation.target as HTMLElement;
        if (trigger.getAttribute('aria-haspopup') !== 'dialog') continue;
        const state = trigger.getAttribute('data-state');
        if (state === 'open') setMoreOpen(false);
        else if (mutation.oldValue === 'open' && getComputedStyle(list).display === 'none') {
          requestAnimationFrame(() => moreButton.current?.focus());
        }
      }
    });
    observer.observe(list, { subtree: true, attributes: true, attributeFilter: ['data-state'], attributeOldValue: true });
    return () => observer.disconnect();
  }, []);

  const closeMore = () => {
    setMoreOpen(false);
    moreButton.current?.focus();
  };

  return (
    <header data-testid="editor-header" className="sticky top-0 z-30 border-b border-gray-200 bg-white">
      <div
        role="toolbar"
        aria-label={t('toolbar')}
        data-testid="editor-toolbar"
        className="relative flex h-14 items-center gap-1 px-2 lg:gap-2 lg:px-3"
      >
        <Button asChild variant="ghost" size="icon">
          <Link href={backHref} aria-label={t('back')} title={t('back')}>
            <ArrowLeft aria-hidden="true" className="size-5" />
          </Link>
        </Button>
        <div className="min-w-0 flex-1 leading-tight">
          <p className="truncate text-sm font-semibold text-ink sm:text-base" title={siteName} data-testid="editor-site-name">
            {siteName}
          </p>
          {status}
        </div>
        {history}
        {device}
        <div
          ref={moreList}
          id={moreId}
          role="group"
          aria-label={t('header.moreTools')}
          data-testid="editor-more"
          onKeyDown={(event) => {
            // Only keys pressed in the list itself: a panel opened from it handles its own Escape.
            if (event.key === 'Escape' && moreList.current?.contains(event.target as Node)) {
              event.stopPropagation();
              closeMore();
            }
          }}
          className={cn(
            'lg:contents',
            isMoreOpen
              ? 'max-lg:absolute max-lg:top-full max-lg:right-2 max-lg:z-40 max-lg:mt-1 max-lg:flex max-lg:max-h-[calc(100dvh-4.5rem)] max-lg:w-[min(20rem,calc(100vw-1rem))] max-lg:flex-col max-lg:items-stretch max-lg:gap-2 max-lg:overflow-y-auto max-lg:rounded-xl max-lg:border max-lg:border-gray-200 max-lg:bg-white max-lg:p-2 max-lg:shadow-lg max-lg:[&>button]:w-full max-lg:[&>button]:justify-start'
              : 'max-lg:hidden',
          )}
        >
          {tools}
        </div>
        <Button
          ref={moreButton}
          variant="ghost"
          size="icon"
          className="lg:hidden"
          aria-label={t('header.moreTools')}
          title={t('header.moreTools')}
          aria-haspopup="true"
          aria-expanded={isMoreOpen}
          aria-controls={moreId}
          data-testid="editor-more-button"
          onClick={() => setMoreOpen((open) => !open)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && isMoreOpen) closeMore();
          }}
        >
          <Ellipsis aria-hidden="true" className="size-5" />
        </Button>
        {publish}
      </div>
    </header>
  );
}

/** "Publish" in the header: the studio's publish panel in a sheet, so publishing needs no detour. */
export function PublishSheet({ isSaved, children }: { isSaved: boolean; children: React.ReactNode }) {
  const t = useTranslations('editor.header');
  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button data-testid="open-publish" className="max-sm:size-11 max-sm:px-0">
          <Rocket aria-hidden="true" />
          <span className="max-sm:sr-only">{t('publish')}</span>
        </Button>
      </SheetTrigger>
      <SheetContent closeLabel={t('publishClose')} className="w-[min(36rem,100%)] bg-gray-50 pt-14" aria-describedby={undefined}>
        <SheetTitle className="sr-only">{t('publishTitle')}</SheetTitle>
        {/* Publishing takes the saved draft: say so while the last changes are not saved yet. */}
        {isSaved ? null : (
          <Alert variant="warning" data-testid="publish-unsaved">
            {t('unsaved')}
          </Alert>
        )}
        {children}
      </SheetContent>
    </Sheet>
  );
}
