import { LOCALE_COOKIE } from '@/lib/i18n/locale-cookie';
export type CookieOptions = {
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'lax' | 'strict' | 'none';
  path?: string;
  maxAge?: number;
};

/**
 * What auth needs from a request's cookies. Next's `cookies()` store fits it;
 * in Server Components `set` throws (cookies are read-only there), which the
 * adapters tolerate, exactly like @supabase/ssr's documented pattern.
 */
export interface CookieJar {
  get(name: string): string | undefined;
  getAll(): Array<{ name: string; value: string }>;
  set(name: string, value: string, options: CookieOptions): void;
  delete(name: string): void;
}

export const COOKIE = {
  access: 'pm-at',
  refresh: 'pm-rt',
  impersonation: 'pm-imp',
  locale: LOCALE_COOKIE,
} as const;

export function secureCookieOptions(maxAgeSeconds: number, appUrl: string): CookieOptions {
  return {
    httpOnly: true,
    secure: appUrl.startsWith('https://'),
    sameSite: 'lax',
    path: '/',
    maxAge: maxAgeSeconds,
  };
}

export function trySet(jar: CookieJar, name: string, value: string, options: CookieOptions): void {
  try {
    jar.set(name, value, options);
  } catch {
    // Read-only cookie store (Server Component render): the proxy refreshes instead.
  }
}

export function tryDelete(jar: CookieJar, name: string): void {
  try {
    jar.delete(name);
  } catch {
    // Read-only cookie store.
  }
}
