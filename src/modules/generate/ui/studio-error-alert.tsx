'use client';

import { useTranslations } from 'next-intl';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { parseUpgradeLimit, type UpgradeLimit } from '@/modules/billing/get-upgrade-path';
import { UpgradeLink } from '@/modules/billing/ui/upgrade-link';
import type { StudioError } from '../wire';

/** The limits that reset with the month (tier_limit:<resource> of private.reserve_generation). */
const MONTHLY_QUOTAS: readonly string[] = ['generations', 'ai_tokens'];

/**
 * What a person reads for an error. Codes we can explain better than the server's message get
 * a text in the interface language; specific validation messages are shown as sent (the server
 * already localized them).
 */
export function StudioErrorAlert({ error, resetsOn, id }: { error: StudioError; resetsOn: Date; id?: string }) {
  const t = useTranslations('studio.errors');
  let text: string;
  // Which limit the way out is about: Checkout, or (without payments) a ticket to the agency naming it.
  let upgradeLimit: UpgradeLimit | null = null;
  switch (error.code) {
    case 'QUOTA_EXCEEDED':
    case 'TIER_LIMIT': {
      const resource = error.details?.resource;
      // The month's generations or AI tokens come back on the reset date. Any other limit (a site
      // beyond the plan is read-only, a payment is past due) is not a quota: the server's message
      // says which, and a reset date would send the person waiting for nothing.
      const isOtherLimit = error.code === 'TIER_LIMIT' && typeof resource === 'string' && !MONTHLY_QUOTAS.includes(resource);
      text = isOtherLimit ? error.message || t('generic') : t('quota', { resetsOn });
      upgradeLimit = parseUpgradeLimit(resource) ?? (error.code === 'QUOTA_EXCEEDED' ? 'generations' : 'plan');
      break;
    }
    case 'RATE_LIMITED':
      text = t('rateLimited');
      break;
    case 'NOT_FOUND':
      text = t('notFound');
      break;
    case 'NETWORK':
      text = t('network');
      break;
    case 'INTERRUPTED':
      text = t('interrupted');
      break;
    case 'VALIDATION':
      text = error.details?.reason ? t('refused') : error.message || t('generic');
      break;
    case 'INTERNAL':
      text = t('generic');
      break;
    default:
      text = error.message || t('generic');
  }
  return (
    <Alert variant="error" id={id}>
      <AlertDescription>{text}</AlertDescription>
      {upgradeLimit ? (
        <AlertActions>
          <UpgradeLink limit={upgradeLimit} />
        </AlertActions>
      ) : null}
    </Alert>
  );
}
