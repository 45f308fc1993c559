import type { CookieJar, CookieOptions } from '@/lib/auth/cookie-jar';

type StoredCookie = { value: string; options: CookieOptions };

/**
 * An in-memory CookieJar that behaves like a browser's cookie store as seen
 * by one request: a cookie set with an empty value or `maxAge <= 0` is gone
 * (that is how @supabase/ssr clears its cookies), `delete` removes it.
 * `readOnly` imitates Next's cookie store during a Server Component render,
 * where `set`/`delete` throw.
 */
export class MemoryCookieJar implements CookieJar {
  private readonly store = new Map<string, StoredCookie>();
  readonly writes: Array<{ op: 'set' | 'delete'; name: string; value?: string; options?: CookieOptions }> = [];
  readOnly = false;

  constructor(initial: Record<string, string> = {}) {
    for (const [name, value] of Object.entries(initial)) this.store.set(name, { value, options: {} });
  }

  get(name: string): string | undefined {
    return this.store.get(name)?.value;
  }

  getAll(): Array<{ name: string; value: string }> {
    return [...this.store].map(([name, { value }]) => ({ name, value }));
  }

  set(name: string, value: string, options: CookieOptions): void {
    this.assertWritable();
    this.writes.push({ op: 'set', name, value, options });
    if (value === '' || (options.maxAge !== undefined && options.maxAge <= 0)) {
      this.store.delete(name);
      return;
    }
    this.store.set(name, { value, options: { ...options } });
  }

  delete(name: string): void {
    this.assertWritable();
    this.writes.push({ op: 'delete', name });
    this.store.delete(name);
  }

  /** The options the cookie was last set with (undefined when absent or seeded). */
  optionsOf(name: string): CookieOptions | undefined {
    return this.store.get(name)?.options;
  }

  has(name: string): boolean {
    return this.store.has(name);
  }

  names(): string[] {
    return [...this.store.keys()];
  }

  /** Another browser (or a stolen copy) holding the same cookies right now. */
  clone(): MemoryCookieJar {
    const copy = new MemoryCookieJar();
    for (const [name, cookie] of this.store) copy.store.set(name, { value: cookie.value, options: { ...cookie.options } });
    return copy;
  }

  private assertWritable(): void {
    if (this.readOnly) throw new Error('Cookies can only be modified in a Server Action or Route Handler.');
  }
}
