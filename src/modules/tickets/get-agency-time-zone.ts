import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { supportSettings } from './schema';

/** Used only when the settings row is missing (it never is after the tickets migration). */
const FALLBACK_TIME_ZONE = 'America/Sao_Paulo';

/**
 * The agency's time zone (its support settings, one row everyone signed in may read): the clock its
 * months are counted in — tickets' monthly allowance, and the monthly reports' months.
 */
export async function getAgencyTimeZone(tx: Tx | Db): Promise<string> {
  const [row] = await tx.select({ timeZone: supportSettings.timeZone }).from(supportSettings).limit(1);
  return row?.timeZone ?? FALLBACK_TIME_ZONE;
}
