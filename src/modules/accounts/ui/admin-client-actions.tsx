'use client';

import { useActionState } from 'react';
import { FormError } from '@/lib/ui/form-status';
import { setClientTierAction, startImpersonationAction } from '@/modules/accounts/admin-actions';

type Tier = 'free' | 'basic' | 'pro' | 'enterprise';
type Labels = { changeTier: string; save: string; impersonate: string; reason: string; hint: string; working: string; tiers: Record<Tier, string> };

export function AdminClientActions({ clientId, currentTier, canImpersonate, labels }: { clientId: string; currentTier: Tier; canImpersonate: boolean; labels: Labels }) {
  const [tierState, tierAction, savingTier] = useActionState(setClientTierAction, null);
  const [impState, impAction, starting] = useActionState(startImpersonationAction, null);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form action={tierAction} className="card space-y-3">
        <input type="hidden" name="clientId" value={clientId} />
        <label htmlFor="tier" className="label">{labels.changeTier}</label>
        <select id="tier" name="tier" defaultValue={currentTier} className="input">
          {(Object.keys(labels.tiers) as Tier[]).map((tier) => <option key={tier} value={tier}>{labels.tiers[tier]}</option>)}
        </select>
        <button type="submit" className="btn-primary" disabled={savingTier}>{savingTier ? labels.working : labels.save}</button>
        {tierState?.ok ? <p role="status" className="text-sm text-green-800">✓ {labels.tiers[tierState.data.tier]}</p> : null}
        <FormError state={tierState} />
      </form>
      {canImpersonate ? (
        <form action={impAction} className="card space-y-3">
          <input type="hidden" name="clientId" value={clientId} />
          <label htmlFor="reason" className="label">{labels.reason}</label>
          <input id="reason" name="reason" className="input" maxLength={500} />
          <p className="text-sm text-muted">{labels.hint}</p>
          <button type="submit" className="btn-secondary" disabled={starting}>{starting ? labels.working : labels.impersonate}</button>
          <FormError state={impState} />
        </form>
      ) : null}
    </div>
  );
}
