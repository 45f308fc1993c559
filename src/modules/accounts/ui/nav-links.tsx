'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/ui/cn';

/**
 * A tab of the app's navigation. It is the current page when the path is `href` or below it —
 * or, when `match` is given, `href` itself or below one of `match`: a section's root tab
 * ("/dashboard" for Projects) would otherwise light up on every page without a tab of its own
 * (Notifications showed Projects as current).
 */
export type NavLink = { href: string; label: string; match?: string[] };

const within = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export function NavLinks({ label, links }: { label: string; links: NavLink[] }) {
  const pathname = usePathname();
  const active = links
    .filter((l) => (l.match ? pathname === l.href || l.match.some((prefix) => within(pathname, prefix)) : within(pathname, l.href)))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={label} className="mx-auto max-w-6xl overflow-x-auto px-2">
      <ul className="flex gap-1 whitespace-nowrap">
        {links.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={active?.href === l.href ? 'page' : undefined}
              className={cn(
                'inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium',
                active?.href === l.href ? 'border-brand-600 text-brand-700' : 'border-transparent text-muted hover:text-ink',
              )}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
