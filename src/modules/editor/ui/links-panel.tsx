'use client';

import { useId, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ArrowDown, ArrowUp, Link2, Plus, Trash2 } from 'lucide-react';
import type { Locale } from '@/lib/i18n/translate';
import { safeUrlSchema, type Link } from '@/modules/document/primitives';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { sectionTypeLabel } from '@/modules/generate/ui/section-names';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import { NativeSelect } from '@/lib/ui/native-select';
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from '@/lib/ui/sheet';
import type { EditOperation } from '../edit-operation';
import { toolLabelClass } from './tool-label';
import {
  addFooterLinkOp,
  addNavigationLinkOp,
  currentNavigation,
  findLinkTarget,
  footerOf,
  isAutomaticNavigation,
  linkTargets,
  moveFooterLinkOp,
  moveNavigationLinkOp,
  removeFooterLinkOp,
  removeNavigationLinkOp,
  setFooterHrefOp,
  setNavigationHrefOp,
  setNavigationLabelOp,
} from '../edit-navigation';

type Apply = (op: EditOperation | null, mergeKey?: string) => void;

/** The value of the "Leads to" choice when the link goes outside the site (or anywhere not listed). */
const OTHER = '__other';

type LinkActions = {
  setLabel: (value: string, mergeKey: string) => void;
  setHref: (href: string) => void;
  move: (to: number) => void;
  remove: () => void;
};

function LinkRow({
  legend,
  link,
  index,
  count,
  document,
  locale,
  targets,
  actions,
}: {
  legend: string;
  link: Link;
  index: number;
  count: number;
  document: SiteDocument;
  locale: string;
  targets: { href: string; label: string }[];
  actions: LinkActions;
}) {
  const t = useTranslations('editor.links');
  const run = useRef(0);
  const listed = findLinkTarget(targets, link.href);
  const isListed = listed !== undefined;
  // "Other address" stays open while its own typing changes the link; a change from elsewhere
  // (undo, a move) shows the link as it now is.
  const [custom, setCustom] = useState({ href: link.href, isOn: !isListed, text: isListed ? '' : link.href, isInvalid: false });
  if (custom.href !== link.href) {
    const isOwnTyping = custom.isOn && custom.text.trim() === link.href;
    setCustom(
      isOwnTyping
        ? { ...custom, href: link.href }
        : { href: link.href, isOn: !isListed, text: isListed ? '' : link.href, isInvalid: false },
    );
  }
  const isCustom = custom.isOn || !isListed;
  const label = document.i18n.strings[locale]?.[link.labelKey] ?? '';
  return (
    <fieldset className="min-w-0 space-y-2 rounded-xl border border-gray-200 p-3" data-testid="link-row">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <FormField label={t('label')}>
        {(control) => (
          <Input
            {...control}
            value={label}
            maxLength={120}
            onChange={(event) => actions.setLabel(event.target.value, `link:${link.labelKey}:${run.current}`)}
            onBlur={() => run.current++}
          />
        )}
      </FormField>
      <FormField label={t('target')}>
        {(control) => (
          <NativeSelect
            {...control}
            value={isCustom ? OTHER : (listed?.href ?? link.href)}
            onChange={(event) => {
              if (event.target.value === OTHER) {
                setCustom({ href: link.href, isOn: true, text: link.href, isInvalid: false });
                return;
              }
              setCustom({ ...custom, isOn: false });
              actions.setHref(event.target.value);
            }}
          >
            {targets.map((target) => (
              <option key={target.href} value={target.href}>
                {target.label}
              </option>
            ))}
            <option value={OTHER}>{t('other')}</option>
          </NativeSelect>
        )}
      </FormField>
      {isCustom ? (
        <FormField label={t('url')} error={custom.isInvalid ? t('invalidUrl') : null}>
          {(control) => (
            <Input
              {...control}
              value={custom.text}
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://"
              onChange={(event) => {
                const text = event.target.value.trim();
                const isValid = safeUrlSchema.safeParse(text).success && text !== '#';
                setCustom({ ...custom, text: event.target.value, isInvalid: !isValid });
                if (isValid && text !== link.href) actions.setHref(text);
              }}
            />
          )}
        </FormField>
      ) : null}
      <div className="flex flex-wrap gap-1">
        <Button
          variant="ghost"
          size="icon"
          aria-label={t('moveUp', { name: legend })}
          disabled={index === 0}
          onClick={() => actions.move(index - 1)}
        >
          <ArrowUp aria-hidden="true" />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          aria-label={t('moveDown', { name: legend })}
          disabled={index === count - 1}
          onClick={() => actions.move(index + 1)}
        >
          <ArrowDown aria-hidden="true" />
        </Button>
        <Button variant="ghost" size="compact" onClick={actions.remove}>
          <Trash2 aria-hidden="true" />
          {t('remove', { name: legend })}
        </Button>
      </div>
    </fieldset>
  );
}

/**
 * The header menu and the footer's links: each link's label (in the language being edited) and
 * where it leads — a page or section of the site, picked from a list, or any other address.
 * Every change is an edit operation (undoable, autosaved). Not modal, like the theme panel, so
 * the canvas shows the menu changing behind it; a bottom-wide sheet on a phone.
 */
export function LinksPanel({ document, locale, apply }: { document: SiteDocument; locale: string; apply: Apply }) {
  const t = useTranslations('editor.links');
  const uiLocale = useLocale() as Locale;
  const menuId = useId();
  const footerId = useId();
  const strings = document.i18n.strings[locale] ?? document.i18n.strings[document.i18n.defaultLocale] ?? {};
  const pageTitle = (slug: string) => {
    const page = document.pages.find((candidate) => candidate.slug === slug);
    return (page && strings[page.titleKey]) || (slug === '' ? t('home') : `/${slug}`);
  };
  const targets = linkTargets(document).map((target) => ({
    href: target.href,
    label: target.sectionType
      ? t('sectionTarget', { page: pageTitle(target.pageSlug), section: sectionTypeLabel(target.sectionType, uiLocale) })
      : t('pageTarget', { page: pageTitle(target.pageSlug) }),
  }));
  const navigation = currentNavigation(document);
  const isAutomatic = isAutomaticNavigation(document);
  const footer = footerOf(document);
  const firstTarget = targets[0]?.href ?? '/';

  return (
    <Sheet modal={false}>
      <SheetTrigger asChild>
        <Button variant="secondary" title={t('open')} data-testid="open-links">
          <Link2 aria-hidden="true" />
          <span className={toolLabelClass}>{t('open')}</span>
        </Button>
      </SheetTrigger>
      <SheetContent
        closeLabel={t('close')}
        className="overflow-y-auto pt-14"
        // Not modal: the canvas behind it shows each change.
        onInteractOutside={(event) => event.preventDefault()}
      >
        <SheetTitle>{t('title')}</SheetTitle>
        <SheetDescription className="text-sm text-muted">{t('description')}</SheetDescription>

        <section aria-labelledby={menuId} className="space-y-2">
          <h3 id={menuId} className="text-base font-semibold">
            {t('menu')}
          </h3>
          {isAutomatic ? <p className="text-sm text-muted">{t('automatic')}</p> : null}
          {navigation.map((link, index) => (
            <LinkRow
              key={index}
              legend={t('menuLink', { position: index + 1 })}
              link={link}
              index={index}
              count={navigation.length}
              document={document}
              locale={locale}
              targets={targets}
              actions={{
                // An automatic menu becomes the person's own on the first change: that step is
                // not merged with the keystrokes after it (edit-history.ts merges texts only).
                setLabel: (value, mergeKey) =>
                  apply(setNavigationLabelOp(document, index, locale, value), isAutomatic ? undefined : mergeKey),
                setHref: (href) => apply(setNavigationHrefOp(document, index, href)),
                move: (to) => apply(moveNavigationLinkOp(document, index, to)),
                remove: () => apply(removeNavigationLinkOp(document, index)),
              }}
            />
          ))}
          <Button
            variant="secondary"
            className="w-full"
            disabled={navigation.length >= 8}
            onClick={() => apply(addNavigationLinkOp(document, { label: t('newLink'), href: firstTarget }))}
          >
            <Plus aria-hidden="true" />
            {t('addMenuLink')}
          </Button>
        </section>

        <section aria-labelledby={footerId} className="space-y-2">
          <h3 id={footerId} className="text-base font-semibold">
            {t('footer')}
          </h3>
          {footer ? (
            <>
              {footer.links.length === 0 ? <p className="text-sm text-muted">{t('footerEmpty')}</p> : null}
              {footer.links.map((link, index) => (
                <LinkRow
                  key={index}
                  legend={t('footerLink', { position: index + 1 })}
                  link={link}
                  index={index}
                  count={footer.links.length}
                  document={document}
                  locale={locale}
                  targets={targets}
                  actions={{
                    setLabel: (value, mergeKey) => apply({ op: 'set-text', locale, key: link.labelKey, value }, mergeKey),
                    setHref: (href) => apply(setFooterHrefOp(document, index, href)),
                    move: (to) => apply(moveFooterLinkOp(document, index, to)),
                    remove: () => apply(removeFooterLinkOp(document, index)),
                  }}
                />
              ))}
              <Button
                variant="secondary"
                className="w-full"
                disabled={footer.links.length >= 12}
                onClick={() => apply(addFooterLinkOp(document, { label: t('newLink'), href: firstTarget }))}
              >
                <Plus aria-hidden="true" />
                {t('addFooterLink')}
              </Button>
            </>
          ) : (
            <p className="text-sm text-muted">{t('noFooter')}</p>
          )}
        </section>
      </SheetContent>
    </Sheet>
  );
}
