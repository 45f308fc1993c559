'use client';

import { useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/define-action';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/lib/ui/dialog';
import { FormError } from '@/lib/ui/form-status';
import { Spinner } from '@/lib/ui/spinner';
import { changePlanAction, previewPlanChangeAction } from '../actions';
import type { PlanChangePreview } from '../preview-plan-change';

type Tier = 'basic' | 'pro';

/**
 * Changing the plan of an existing subscription (issue 35): "Switch to …" asks for the preview,
 * a dialog shows what it costs now (Stripe's proration), the monthly price from the next period,
 * the limits against current usage and the sites that would become read-only; only "Confirm"
 * changes anything, priced at the preview's own proration date. Its own component (and its own
 * `billing.planChange` messages) so the billing page only places it.
 */
export function PlanChangeButton({ tier }: { tier: Tier }) {
  const t = useTranslations('billing.planChange');
  const tTier = useTranslations('tier');
  const router = useRouter();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [preview, setPreview] = useState<PlanChangePreview | null>(null);
  const [previewState, setPreviewState] = useState<ActionResult<PlanChangePreview> | null>(null);
  const [changeState, setChangeState] = useState<ActionResult<unknown> | null>(null);
  const [isPreviewing, startPreview] = useTransition();
  const [isApplying, startApply] = useTransition();
  const name = tTier('name', { tier });

  const open = () =>
    startPreview(async () => {
      setChangeState(null);
      const result = await previewPlanChangeAction({ tier });
      setPreviewState(result);
      if (result.ok) setPreview(result.data);
    });
  const confirm = (shown: PlanChangePreview) =>
    startApply(async () => {
      const result = await changePlanAction({ tier, prorationDate: shown.prorationDate });
      setChangeState(result);
      if (result.ok) {
        setPreview(null);
        // The plan card, usage and read-only notices are server-rendered: read them again. The
        // page says it is done (`?changed=`): this button leaves once its plan is the current one.
        router.replace(`/dashboard/billing?changed=${tier}`, { scroll: false });
      }
    });

  return (
    <div className="w-full space-y-2 sm:w-auto">
      <Button
        ref={buttonRef}
        type="button"
        className="w-full whitespace-normal sm:w-auto"
        // Not `disabled` while the preview loads: a disabled button drops focus, and closing the
        // dialog gives focus back to this button.
        aria-disabled={isPreviewing}
        aria-busy={isPreviewing}
        data-testid={`plan-change-${tier}`}
        onClick={() => (isPreviewing ? undefined : open())}
      >
        {isPreviewing ? <Spinner /> : null}
        {isPreviewing ? t('previewing') : t('change', { tier: name })}
      </Button>
      <FormError state={previewState} />
      <Dialog open={preview !== null} onOpenChange={(isOpen) => (isOpen || isApplying ? undefined : setPreview(null))}>
        {preview ? (
          <DialogContent
            closeLabel={t('close')}
            data-testid="plan-change-dialog"
            // No DialogTrigger (the dialog opens once the preview is in): focus goes back by hand.
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              buttonRef.current?.focus();
            }}
          >
            <PreviewBody preview={preview} />
            <FormError state={changeState} />
            <DialogFooter>
              <Button
                type="button"
                variant="secondary"
                className="whitespace-normal"
                disabled={isApplying}
                onClick={() => setPreview(null)}
              >
                {t('keep')}
              </Button>
              <Button
                type="button"
                className="whitespace-normal"
                disabled={isApplying}
                aria-busy={isApplying}
                data-testid="plan-change-confirm"
                onClick={() => confirm(preview)}
              >
                {isApplying ? <Spinner /> : null}
                {isApplying ? t('applying') : t('confirm')}
              </Button>
            </DialogFooter>
          </DialogContent>
        ) : null}
      </Dialog>
    </div>
  );
}

function PreviewBody({ preview }: { preview: PlanChangePreview }) {
  const t = useTranslations('billing.planChange');
  const tTier = useTranslations('tier');
  const tCommon = useTranslations('common');
  const format = useFormatter();
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency: preview.currency.toUpperCase() });
  const amount = (value: number | null) => (value === null ? tCommon('unlimited') : format.number(value));
  const toName = tTier('name', { tier: preview.toTier });
  const readOnlyLimit = preview.limits.find((l) => l.resource === 'projects')?.next ?? 0;
  return (
    <>
      <DialogHeader>
        <DialogTitle>{t('title', { direction: preview.direction, tier: toName })}</DialogTitle>
        <DialogDescription>{t('intro')}</DialogDescription>
      </DialogHeader>
      <div className="space-y-2 text-sm" data-testid="plan-change-money">
        {preview.dueNowCents > 0 ? <AmountRow label={t('dueNow')} amount={money(preview.dueNowCents)} /> : null}
        {preview.creditAppliedCents > 0 ? <AmountRow label={t('creditApplied')} amount={money(preview.creditAppliedCents)} /> : null}
        {preview.creditCents > 0 ? <AmountRow label={t('credit')} amount={money(preview.creditCents)} /> : null}
        {preview.dueNowCents === 0 && preview.creditCents === 0 ? <p>{t('nothingNow')}</p> : null}
        <p className="text-muted">
          {preview.nextPeriodStart
            ? t('newMonthly', { date: preview.nextPeriodStart, amount: money(preview.newMonthlyCents) })
            : t('newMonthlyNoDate', { amount: money(preview.newMonthlyCents) })}
        </p>
      </div>
      <section aria-labelledby="plan-change-limits" className="space-y-1 text-sm">
        <h3 id="plan-change-limits" className="font-medium">
          {t('limitsTitle')}
        </h3>
        <ul className="space-y-1" data-testid="plan-change-limits">
          {preview.limits.map((limit) => (
            <li key={limit.resource} className={limit.isOver ? 'text-amber-900' : undefined}>
              <span className="font-medium">{t('resource', { resource: limit.resource })}: </span>
              {t('limitLine', { used: amount(limit.used), current: amount(limit.current), next: amount(limit.next) })}
              {limit.isOver ? <span className="ms-1 font-semibold">({t('over')})</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {preview.readOnlyProjects.length > 0 ? (
        <Alert variant="warning" role="note" data-testid="plan-change-read-only">
          <div className="space-y-1">
            <p className="font-semibold">{t('readOnlyTitle', { count: preview.readOnlyProjects.length })}</p>
            <ul className="list-disc ps-5">
              {preview.readOnlyProjects.map((project) => (
                <li key={project.id} className="break-words">
                  {project.name}
                </li>
              ))}
            </ul>
            <p>{t('readOnlyWhy', { tier: toName, limit: readOnlyLimit })}</p>
          </div>
        </Alert>
      ) : preview.direction === 'downgrade' ? (
        <p className="text-sm text-muted">{t('noReadOnly')}</p>
      ) : null}
    </>
  );
}

function AmountRow({ label, amount }: { label: string; amount: string }) {
  return (
    <dl className="flex flex-wrap justify-between gap-x-4">
      <dt>{label}</dt>
      <dd className="font-semibold tabular-nums">{amount}</dd>
    </dl>
  );
}
