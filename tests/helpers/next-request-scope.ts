import { AsyncLocalStorage } from 'node:async_hooks';
import { eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { authUsers } from '@/lib/auth/schema';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import type { CookieOptions } from '@/lib/auth/cookie-jar';
import type { DbHandle } from '@/lib/db/client';
import { MemoryCookieJar } from '@tests/auth/memory-jar';
import { createTestUser, type TestUser } from './test-db';

// Route handlers and server actions read the request through `next/headers` (cookies(),
// headers()), which only work inside Next's request scope. Tests that call them directly mock
// that module with `nextHeadersMock` and run each call in `inRequestScope`:
//
//   vi.mock('server-only', () => ({}));
//   vi.mock('next/headers', async () => (await import('@tests/helpers/next-request-scope')).nextHeadersMock);
//   vi.mock('next/server', …withAfter…)   (see withAfter)
//
// Each call has its own cookies and headers (AsyncLocalStorage), so calls may run concurrently.

type Scope = { jar: MemoryCookieJar; headers: Headers };
const scopes = new AsyncLocalStorage<Scope>();

export function inRequestScope<T>(scope: { jar?: MemoryCookieJar; headers?: HeadersInit }, run: () => Promise<T>): Promise<T> {
  return scopes.run({ jar: scope.jar ?? new MemoryCookieJar(), headers: new Headers(scope.headers) }, run);
}

function current(): Scope {
  const scope = scopes.getStore();
  // What Next says outside a request, so a call that escapes the scope fails loudly.
  if (!scope) throw new Error('`cookies` was called outside a request scope (tests: wrap the call in inRequestScope).');
  return scope;
}

type CookieInit = { name: string; value: string } & CookieOptions;

export const nextHeadersMock = {
  cookies: async () => {
    const { jar } = current();
    return {
      get: (name: string) => {
        const value = jar.get(name);
        return value === undefined ? undefined : { name, value };
      },
      getAll: () => jar.getAll(),
      has: (name: string) => jar.get(name) !== undefined,
      set: (nameOrInit: string | CookieInit, value?: string, options?: CookieOptions) => {
        if (typeof nameOrInit === 'string') jar.set(nameOrInit, value ?? '', options ?? {});
        else {
          const { name, value: cookieValue, ...cookieOptions } = nameOrInit;
          jar.set(name, cookieValue, cookieOptions);
        }
      },
      delete: (name: string) => jar.delete(name),
    };
  },
  headers: async () => current().headers,
};

/**
 * `next/server` with `after()` working outside Next (it throws there): the callbacks are kept
 * and dropped — work scheduled after a response (traffic metering) is not what these tests check.
 *
 *   vi.mock('next/server', async (importOriginal) => (await import('@tests/helpers/next-request-scope')).withAfter(await importOriginal()));
 */
export function withAfter<T extends object>(actual: T): T & { after: (task: unknown) => void } {
  return { ...actual, after: () => undefined };
}

/** A confirmed user with a password, signed in with the embedded auth: their session cookies. */
export async function signedInUser(
  handle: DbHandle,
  opts: Parameters<typeof createTestUser>[1] = {},
): Promise<TestUser & { jar: MemoryCookieJar }> {
  const user = await createTestUser(handle, opts);
  const password = `pw-${user.id}`;
  await handle.db
    .update(authUsers)
    .set({ encryptedPassword: await hashPassword(password) })
    .where(eq(authUsers.id, user.id));
  const jar = new MemoryCookieJar();
  await getAuthAdapter().signInWithPassword(jar, { email: user.email, password });
  return { ...user, jar };
}
