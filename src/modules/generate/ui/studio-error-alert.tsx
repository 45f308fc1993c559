'use client';

import Link from 'next/link';
import { fill, type StudioLabels } from './studio-labels';
import type { StudioError } from './studio-events';

/**
 * What a person reads for an error. Codes we can explain better than the server's (English)
 * message get a text in the interface language; specific validation messages are shown as sent.
 */
export function describeError(error: StudioError, labels: StudioLabels['errors'], resetsOn: string): { text: string; upgradeUrl: string | null } {
  switch (error.code) {
    case 'QUOTA_EXCEEDED':
    case 'TIER_LIMIT': {
      const url = error.details?.upgradeUrl;
      // Only our own pages: the link target comes from a response body.
      return { text: fill(labels.quota, { date: resetsOn }), upgradeUrl: typeof url === 'string' && /^\/(?!\/)/.test(url) ? url : '/dashboard/billing' };
    }
    case 'RATE_LIMITED':
      return { text: labels.rateLimited, upgradeUrl: null };
    case 'NOT_FOUND':
      return { text: labels.notFound, upgradeUrl: null };
    case 'NETWORK':
      return { text: labels.network, upgradeUrl: null };
    case 'INTERRUPTED':
      return { text: labels.interrupted, upgradeUrl: null };
    case 'VALIDATION':
      if (error.details?.reason) return { text: labels.refused, upgradeUrl: null };
      return { text: error.message || labels.generic, upgradeUrl: null };
    case 'INTERNAL':
      return { text: labels.generic, upgradeUrl: null };
    default:
      return { text: error.message || labels.generic, upgradeUrl: null };
  }
}

export function StudioErrorAlert({ error, labels, resetsOn, id }: { error: StudioError; labels: StudioLabels; resetsOn: string; id?: string }) {
  const { text, upgradeUrl } = describeError(error, labels.errors, resetsOn);
  return (
    <div id={id} role="alert" className="flex flex-col gap-2 rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <span>{text}</span>
      {upgradeUrl ? (
        <Link href={upgradeUrl} className="btn-primary self-start">
          {labels.upgrade}
        </Link>
      ) : null}
    </div>
  );
}
