import { and, asc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { userProfiles, type Tier } from './schema';
import { toLocale, type Locale } from '@/lib/i18n/translate';

export type ClientAccount = {
  id: string;
  email: string;
  displayName: string | null;
  locale: Locale;
  tier: Tier;
  createdAt: Date;
};

/**
 * Active client accounts (not agency staff), in the caller's transaction: under RLS a client gets
 * at most their own row and an admin every one; the privileged connection (the monthly report job)
 * every one. `ids` narrows to these accounts, `createdBefore` to accounts that existed by then.
 */
export async function listClientAccounts(
  tx: Tx | Db,
  input: { ids?: readonly string[]; createdBefore?: Date } = {},
): Promise<ClientAccount[]> {
  if (input.ids && input.ids.length === 0) return [];
  const where: SQL[] = [eq(userProfiles.userType, 'client'), eq(userProfiles.accountStatus, 'active')];
  if (input.ids) where.push(inArray(userProfiles.id, [...input.ids]));
  if (input.createdBefore) where.push(lt(userProfiles.createdAt, input.createdBefore));
  const rows = await tx
    .select({
      id: userProfiles.id,
      email: userProfiles.email,
      displayName: userProfiles.displayName,
      locale: userProfiles.locale,
      tier: userProfiles.tier,
      createdAt: userProfiles.createdAt,
    })
    .from(userProfiles)
    .where(and(...where))
    .orderBy(asc(userProfiles.createdAt), asc(userProfiles.id));
  return rows.map((row) => ({ ...row, locale: toLocale(row.locale) }));
}
