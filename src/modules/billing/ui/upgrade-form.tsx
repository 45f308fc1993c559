'use client';

import { useActionState, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { keepTypedValues } from '@/lib/ui/keep-typed-values';
import { RadioGroup, RadioGroupItem } from '@/lib/ui/radio-group';
import { Spinner } from '@/lib/ui/spinner';
import { startUpgradeAction } from '../actions';
import type { PaymentMethod } from '../upgrade-input';

/**
 * The upgrade: how to pay (card through Stripe Checkout, or a boleto issued here), the CPF/CNPJ
 * for the invoices, and one button per plan that can be bought. A refused CPF/CNPJ comes back
 * under its field with everything as typed. Pix is named and said not to be available, so nobody
 * looks for it.
 */
export function UpgradeForm({ plans, boletoDays }: { plans: { tier: 'basic' | 'pro'; label: string }[]; boletoDays: number }) {
  const t = useTranslations('billing');
  const [state, action, pending] = useActionState(startUpgradeAction, null);
  const [method, setMethod] = useState<PaymentMethod>('card');
  // A success is a way out (Checkout, or Billing with the boleto): the buttons stay busy until the page goes.
  const isLeaving = state?.ok === true;
  useEffect(() => {
    if (state?.ok) window.location.assign(state.data.url);
  }, [state]);
  const busy = pending || isLeaving;
  return (
    <form action={action} onSubmit={keepTypedValues(action)} noValidate className="space-y-4" data-testid="upgrade-form">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('payment.method')}</legend>
        <RadioGroup name="method" value={method} onValueChange={(value) => setMethod(value as PaymentMethod)} aria-describedby="pay-hint">
          {(['card', 'boleto'] as const).map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
              <RadioGroupItem value={value} data-testid={`pay-${value}`} />
              {value === 'card' ? t('payment.card') : t('payment.boleto')}
            </label>
          ))}
        </RadioGroup>
        <p id="pay-hint" className="text-sm text-muted">
          {method === 'card' ? t('payment.cardHint') : t('payment.boletoHint', { days: boletoDays })}
        </p>
        <p className="text-sm text-muted" role="note" data-testid="pix-note">
          {t('payment.pixNote')}
        </p>
      </fieldset>
      <FormField id="upgrade-tax-id" label={t('payment.taxId')} hint={t('payment.taxIdHint')} error={fieldError(state, 'taxId')}>
        {(control) => (
          <Input
            {...control}
            name="taxId"
            className="max-w-xs"
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            placeholder="000.000.000-00"
            required={method === 'boleto'}
          />
        )}
      </FormField>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {plans.map((plan) => (
          <Button
            key={plan.tier}
            type="submit"
            name="tier"
            value={plan.tier}
            className="w-full whitespace-normal sm:w-auto"
            disabled={busy}
            aria-busy={busy}
            data-testid={`checkout-${plan.tier}`}
          >
            {busy ? <Spinner /> : null}
            {busy ? (method === 'card' ? t('redirecting') : t('payment.issuing')) : plan.label}
          </Button>
        ))}
      </div>
      <div aria-live="polite">
        <FormError state={state} fields={['taxId']} />
      </div>
    </form>
  );
}
