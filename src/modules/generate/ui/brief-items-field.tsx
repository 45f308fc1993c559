'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Plus, X } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { Input } from '@/lib/ui/input';
import type { BriefItem, SiteBrief } from '@/modules/brief/site-brief-schema';
import type { SiteBriefState } from './use-site-brief';

const MAX_ITEMS = 30;

/**
 * Everything the person named, as chips in their words: each goes on the page (offerings as
 * cards, credentials and schedule as lists, topics as sections). Removing or adding one changes
 * the site the next click writes.
 */
export function BriefItemsField({
  brief,
  state,
  isDisabled,
  id,
}: {
  brief: SiteBrief;
  state: SiteBriefState;
  isDisabled: boolean;
  id: string;
}) {
  const t = useTranslations('studio.brief');
  const [draft, setDraft] = useState('');
  const items = (brief.items ?? []).filter((item) => !item.feature);
  const all = brief.items ?? [];

  function setItems(next: BriefItem[]) {
    state.correct('items', { items: next.slice(0, MAX_ITEMS) });
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const text = draft.trim().slice(0, 160);
    if (!text || all.some((item) => item.text.toLocaleLowerCase() === text.toLocaleLowerCase())) return;
    setItems([...all, { text, role: 'offering' }]);
    setDraft('');
  }

  return (
    <div className="space-y-2 @lg:col-span-2">
      <h4 id={`${id}-items`} className="text-sm font-medium text-ink">
        {t('items')}
      </h4>
      <p className="-mt-1 text-xs text-muted">{t('itemsHint')}</p>
      {items.length > 0 ? (
        <ul aria-labelledby={`${id}-items`} className="flex flex-wrap gap-2" data-testid="brief-items">
          {items.map((item) => (
            <li key={item.text} className="flex min-h-9 items-center gap-1 rounded-full border border-brand-200 bg-white ps-3 text-sm">
              <span className="sr-only">{t('itemRole', { role: item.role })}: </span>
              <span>{item.text}</span>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="size-9 rounded-full"
                disabled={isDisabled}
                aria-label={t('itemRemove', { item: item.text })}
                onClick={() => setItems(all.filter((other) => other !== item))}
              >
                <X aria-hidden="true" className="size-4" />
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">{t('itemsNone')}</p>
      )}
      {/* A nested form would be invalid HTML inside the generate form: Enter adds through the key handler. */}
      <div className="flex gap-2">
        <Input
          aria-label={t('itemsAddLabel')}
          placeholder={t('itemsAddPlaceholder')}
          value={draft}
          maxLength={160}
          disabled={isDisabled}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add(event);
          }}
        />
        <Button type="button" variant="secondary" disabled={isDisabled || !draft.trim()} onClick={add}>
          <Plus aria-hidden="true" />
          {t('itemsAdd')}
        </Button>
      </div>
    </div>
  );
}
