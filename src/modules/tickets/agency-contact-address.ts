import { getEnv, type Env } from '@/lib/env';

/**
 * Where a client writes when no ticket can be opened (the month's tickets are used): the address
 * the agency's own mail comes from (EMAIL_FROM, `Name <address>` or a bare address).
 */
export function agencyContactAddress(env: Pick<Env, 'EMAIL_FROM'> = getEnv()): string {
  const from = env.EMAIL_FROM.trim();
  return /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from;
}
