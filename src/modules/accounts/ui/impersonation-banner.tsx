import { getLocale, getT } from '@/lib/i18n/server-locale';
import { formatDate } from '@/lib/i18n/translate';
import type { Session } from '@/lib/auth/resolve-session';
import { stopImpersonationAction } from '@/modules/accounts/admin-actions';

/** Persistent while an admin acts as a client; "Stop" ends the session everywhere. */
export async function ImpersonationBanner({ session }: { session: Session }) {
  if (!session.impersonation) return null;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <div role="status" aria-live="polite" className="sticky top-0 z-50 flex flex-wrap items-center justify-between gap-2 bg-amber-400 px-4 py-2 text-sm font-medium text-amber-950" data-testid="impersonation-banner">
      <p>
        {t('impersonation.banner', { client: session.impersonation.clientEmail })}{' '}
        <span className="font-normal">{t('impersonation.expires', { time: formatDate(session.impersonation.expiresAt, locale, true) })}</span>
      </p>
      <form action={stopImpersonationAction}>
        <button type="submit" className="min-h-11 rounded-lg bg-amber-950 px-4 font-semibold text-white hover:bg-black">
          {t('impersonation.stop')}
        </button>
      </form>
    </div>
  );
}
