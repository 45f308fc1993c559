import { getTranslations } from 'next-intl/server';
import { UserRoundCog } from 'lucide-react';
import type { Session } from '@/modules/accounts/resolve-session';
import { stopImpersonationAction } from '@/modules/accounts/admin-actions';
import { Button } from '@/lib/ui/button';

/** Persistent while an admin acts as a client; "Stop" ends the session everywhere. */
export async function ImpersonationBanner({ session }: { session: Session }) {
  if (!session.impersonation) return null;
  const t = await getTranslations('impersonation');
  return (
    <div
      role="status"
      aria-live="polite"
      className="sticky top-0 z-40 flex flex-wrap items-center justify-between gap-2 bg-amber-400 px-4 py-2 text-sm font-medium text-amber-950"
      data-testid="impersonation-banner"
    >
      <p className="flex min-w-0 items-start gap-2">
        <UserRoundCog aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span className="min-w-0 break-words">
          {t('banner', { client: session.impersonation.clientEmail })}{' '}
          <span className="font-normal">{t('expires', { time: session.impersonation.expiresAt })}</span>
        </span>
      </p>
      <form action={stopImpersonationAction}>
        <Button type="submit" className="bg-amber-950 hover:bg-black">
          {t('stop')}
        </Button>
      </form>
    </div>
  );
}
