import { describe, expect, it, vi } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';

// A server component: next-intl's server API over the app's real messages; the actions are
// server code the shell only hands to its forms; the language switcher and the menu read the route.
const locale = vi.hoisted(() => ({ current: 'en' as 'en' | 'pt-BR' }));
vi.mock('next-intl/server', async () => (await import('@tests/helpers/server-intl')).serverIntl(() => locale.current));
vi.mock('@/modules/accounts/auth-actions', () => ({ signOutAction: vi.fn() }));
vi.mock('./language-switcher', () => ({ LanguageSwitcher: () => null }));
vi.mock('./nav-links', () => ({ NavLinks: () => null }));
const { AppShell } = await import('./app-shell');

async function header(props: { displayName?: string | null; isImpersonating?: boolean }, lang: 'en' | 'pt-BR' = 'en') {
  locale.current = lang;
  const shell = await AppShell({ email: 'ana@bakery.test', links: [], children: null, ...props });
  return renderIntl(shell, lang);
}

const person = (html: string) => /data-testid="header-person"[^>]*>([^<]*)</.exec(html)?.[1];
const signOut = (html: string) => /data-testid="sign-out"[^>]*>(?:<svg[\s\S]*?<\/svg>)?([^<]*)</.exec(html)?.[1];

describe('AppShell header', () => {
  it('shows the person’s display name when set (the email stays as its title), else the email', async () => {
    const named = await header({ displayName: 'Ana Souza' });
    expect(person(named)).toBe('Ana Souza');
    expect(named).toContain('title="ana@bakery.test"');
    expect(person(await header({ displayName: null }))).toBe('ana@bakery.test');
    expect(person(await header({ displayName: '   ' }))).toBe('ana@bakery.test');
  });

  it('"Sign out" says it ends the impersonation first while an admin acts as a client', async () => {
    expect(signOut(await header({}))).toBe('Sign out');
    expect(signOut(await header({ isImpersonating: true }))).toBe('End impersonation and sign out');
    expect(signOut(await header({ isImpersonating: true }, 'pt-BR'))).toBe('Parar de agir como cliente e sair');
  });
});
