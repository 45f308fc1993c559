'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
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
  const tc = useTranslations('common');
  let text: string;
  let upgradeUrl: string | null = null;
  switch (error.code) {
    case 'QUOTA_EXCEEDED':
    case 'TIER_LIMIT': {
      const url = error.details?.upgradeUrl;
      const resource = error.details?.resource;
      // The month's generations or AI tokens come back on the reset date. Any other limit (a site
      // beyond the plan is read-only, a payment is past due) is not a quota: the server's message
      // says which, and a reset date would send the person waiting for nothing.
      const isOtherLimit = error.code === 'TIER_LIMIT' && typeof resource === 'string' && !MONTHLY_QUOTAS.includes(resource);
      text = isOtherLimit ? error.message || t('generic') : t('quota', { resetsOn });
      // Only our own pages: the link target comes from a response body.
      upgradeUrl = typeof url === 'string' && /^\/(?!\/)/.test(url) ? url : '/dashboard/billing';
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
      {upgradeUrl ? (
        <AlertActions>
          <Button asChild>
            <Link href={upgradeUrl}>{tc('upgrade')}</Link>
          </Button>
        </AlertActions>
      ) : null}
    </Alert>
  );
}
