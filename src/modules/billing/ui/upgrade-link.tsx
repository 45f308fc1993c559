'use client';

import { createContext, useContext } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ArrowUpRight, LifeBuoy } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { cn } from '@/lib/ui/cn';
import { upgradePathFor, type UpgradeLimit, type UpgradeMode } from '../get-upgrade-path';
import type { PurchasableTier } from '../plans';

// The dashboard layout says once whether payments are configured; every limit message below it
// reads that here instead of each page asking again. Without a provider (a component rendered on
// its own), the Billing page is assumed, as before this existed.
const UpgradeModeContext = createContext<UpgradeMode>('checkout');

export function UpgradeModeProvider({ mode, children }: { mode: UpgradeMode; children: React.ReactNode }) {
  return <UpgradeModeContext.Provider value={mode}>{children}</UpgradeModeContext.Provider>;
}

export function useUpgradeMode(): UpgradeMode {
  return useContext(UpgradeModeContext);
}

/**
 * The action of every limit message: "Upgrade your plan" (Billing, with Checkout) or, without
 * payments, "Ask my agency", which opens a ticket already saying which plan and which limit.
 */
export function UpgradeLink({
  limit,
  tier,
  look = 'button',
  className,
}: {
  limit: UpgradeLimit;
  tier?: PurchasableTier;
  /** `button` for an alert's action, `link` inside a sentence. */
  look?: 'button' | 'link';
  className?: string;
}) {
  const t = useTranslations('upgrade');
  const tTier = useTranslations('tier');
  const path = upgradePathFor(useUpgradeMode(), limit, tier);
  const label =
    path.mode === 'checkout'
      ? tier
        ? t('toTier', { tier: tTier('name', { tier }) })
        : t('upgrade')
      : tier
        ? t('askAgencyForTier', { tier: tTier('name', { tier }) })
        : t('askAgency');
  const Icon = path.mode === 'checkout' ? ArrowUpRight : LifeBuoy;
  if (look === 'link') {
    return (
      <Link
        href={path.href}
        data-upgrade-mode={path.mode}
        className={cn('inline-flex min-h-11 items-center gap-1 font-semibold text-brand-700 underline underline-offset-4', className)}
      >
        {label}
      </Link>
    );
  }
  return (
    <Button asChild className={className}>
      <Link href={path.href} data-upgrade-mode={path.mode}>
        <Icon aria-hidden="true" />
        {label}
      </Link>
    </Button>
  );
}
