'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { setClientTierAction, startImpersonationAction } from '@/modules/accounts/admin-actions';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { FormField } from '@/lib/ui/form-field';
import { FormError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { NativeSelect } from '@/lib/ui/native-select';

const TIERS = ['free', 'basic', 'pro', 'enterprise'] as const;
type Tier = (typeof TIERS)[number];

export function AdminClientActions({
  clientId,
  currentTier,
  canImpersonate,
}: {
  clientId: string;
  currentTier: Tier;
  canImpersonate: boolean;
}) {
  const t = useTranslations();
  const [tierState, tierAction, savingTier] = useActionState(setClientTierAction, null);
  const [impState, impAction, starting] = useActionState(startImpersonationAction, null);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card>
        <form action={tierAction} className="space-y-3">
          <input type="hidden" name="clientId" value={clientId} />
          <FormField id="tier" label={t('admin.changeTier')}>
            {(field) => (
              <NativeSelect {...field} name="tier" defaultValue={currentTier}>
                {TIERS.map((tier) => (
                  <option key={tier} value={tier}>
                    {t('tier.name', { tier })}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <Button type="submit" disabled={savingTier} aria-busy={savingTier}>
            {savingTier ? t('common.working') : t('common.save')}
          </Button>
          {tierState?.ok ? (
            <Alert variant="success">{t('admin.tierSaved', { tier: t('tier.name', { tier: tierState.data.tier }) })}</Alert>
          ) : null}
          <FormError state={tierState} />
        </form>
      </Card>
      {canImpersonate ? (
        <Card>
          <form action={impAction} className="space-y-3">
            <input type="hidden" name="clientId" value={clientId} />
            <FormField id="reason" label={t('admin.impersonateReason')} hint={t('admin.impersonateHint')}>
              {(field) => <Input {...field} name="reason" maxLength={500} />}
            </FormField>
            <Button type="submit" variant="secondary" disabled={starting} aria-busy={starting}>
              {starting ? t('common.working') : t('admin.impersonate')}
            </Button>
            <FormError state={impState} />
          </form>
        </Card>
      ) : null}
    </div>
  );
}
