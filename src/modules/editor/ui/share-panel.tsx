'use client';

import { useCallback, useId, useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Copy, Share2 } from 'lucide-react';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { Input } from '@/lib/ui/input';
import { Label } from '@/lib/ui/label';
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from '@/lib/ui/sheet';
import type { ShareLinkSummary } from '../list-share-links';
import { createShareLinkAction, listShareLinksAction, revokeShareLinkAction } from '../share-actions';
import { toolLabelClass } from './tool-label';

/**
 * Share a preview: a link to the current draft that anyone can open without an account for 24
 * hours. Only a hash of it is stored, so the address is shown once, when it is made; the list
 * shows the links still open, each revocable.
 */
export function SharePanel({ projectId }: { projectId: string }) {
  const t = useTranslations('editor.share');
  const format = useFormatter();
  const urlId = useId();
  const [isOpen, setOpen] = useState(false);
  const [links, setLinks] = useState<ShareLinkSummary[] | null>(null);
  const [created, setCreated] = useState<{ url: string; expiresAt: Date } | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  const refresh = useCallback(async () => {
    const result = await listShareLinksAction({ projectId });
    if (result.ok)
      setLinks(result.data.map((link) => ({ ...link, createdAt: new Date(link.createdAt), expiresAt: new Date(link.expiresAt) })));
    else setMessage({ kind: 'error', text: result.error.message });
  }, [projectId]);

  const openChanged = (open: boolean) => {
    setOpen(open);
    if (open) void refresh();
  };

  const create = () =>
    startTransition(async () => {
      const result = await createShareLinkAction({ projectId });
      if (!result.ok) {
        setMessage({ kind: 'error', text: result.error.message });
        return;
      }
      setCreated({ url: result.data.url, expiresAt: new Date(result.data.expiresAt) });
      setMessage(null);
      await refresh();
    });

  const revoke = (linkId: string) =>
    startTransition(async () => {
      const result = await revokeShareLinkAction({ projectId, linkId });
      if (!result.ok) {
        setMessage({ kind: 'error', text: result.error.message });
        return;
      }
      setCreated(null);
      setMessage({ kind: 'success', text: t('revoked') });
      await refresh();
    });

  const copy = (url: string) =>
    void navigator.clipboard
      .writeText(url)
      .then(() => setMessage({ kind: 'success', text: t('copied') }))
      .catch(() => setMessage({ kind: 'error', text: t('copyFailed') }));

  const time = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Sheet open={isOpen} onOpenChange={openChanged}>
      <SheetTrigger asChild>
        <Button variant="secondary" title={t('open')} data-testid="open-share">
          <Share2 aria-hidden="true" />
          <span className={toolLabelClass}>{t('open')}</span>
        </Button>
      </SheetTrigger>
      <SheetContent closeLabel={t('close')} className="pt-14">
        <SheetTitle>{t('title')}</SheetTitle>
        <SheetDescription className="text-sm text-muted">{t('description')}</SheetDescription>
        <Button onClick={create} disabled={isPending}>
          {t('create')}
        </Button>
        {created ? (
          <div className="space-y-2 rounded-xl border border-gray-200 p-3">
            <Label htmlFor={urlId}>{t('linkLabel')}</Label>
            <div className="flex gap-2">
              <Input id={urlId} readOnly value={created.url} data-testid="share-url" onFocus={(event) => event.currentTarget.select()} />
              <Button variant="secondary" size="icon" aria-label={t('copy')} onClick={() => copy(created.url)}>
                <Copy aria-hidden="true" />
              </Button>
            </div>
            <p className="text-xs text-muted">{t('expires', { time: time(created.expiresAt) })}</p>
          </div>
        ) : null}
        {message ? (
          <Alert variant={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        ) : null}
        <section aria-label={t('listTitle')} className="space-y-2">
          <h3 className="text-sm font-semibold">{t('listTitle')}</h3>
          {links === null ? (
            <p className="text-sm text-muted">{t('loading')}</p>
          ) : links.length === 0 ? (
            <p className="text-sm text-muted">{t('empty')}</p>
          ) : (
            <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200" data-testid="share-list">
              {links.map((link) => (
                <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span className="text-sm">{t('linkMeta', { created: time(link.createdAt), expires: time(link.expiresAt) })}</span>
                  <Button
                    variant="secondary"
                    size="compact"
                    disabled={isPending}
                    aria-label={t('revokeNamed', { created: time(link.createdAt) })}
                    onClick={() => revoke(link.id)}
                  >
                    {t('revoke')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </SheetContent>
    </Sheet>
  );
}
