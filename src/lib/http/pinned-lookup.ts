import type { LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';

/**
 * A lookup that answers one fixed address, in both of node's calling styles (`all` or not). An
 * outbound call to a destination a user chose is checked once (public address only) and then
 * connected to exactly the address that was checked: a second, different DNS answer (rebinding to
 * 169.254.169.254 or 10.x) is never used. TLS still verifies the certificate for the host name.
 */
export function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address) === 6 ? 6 : 4;
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family } satisfies LookupAddress]);
    else callback(null, address, family);
  }) as LookupFunction;
}
