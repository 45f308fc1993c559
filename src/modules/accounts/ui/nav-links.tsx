'use client';

import { useId, useRef, useState } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { ChevronDown, Menu } from 'lucide-react';
import { cn } from '@/lib/ui/cn';

/**
 * A tab of the app's navigation. It is the current page when the path is `href` or below it —
 * or, when `match` is given, `href` itself or below one of `match`: a section's root tab
 * ("/dashboard" for Projects) would otherwise light up on every page without a tab of its own
 * (Notifications showed Projects as current).
 */
export type NavLink = { href: string; label: string; match?: string[] };

const within = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/**
 * The app's section navigation. From the `md` width up, a row of tabs. On a phone a row of nine
 * tabs only fit as a sideways scroller nobody could tell was one, so there it is a disclosure: a
 * "Menu" button naming the current page (aria-expanded, aria-controls) that opens the list of
 * pages below it, two to a row. Escape closes it and gives the focus back to the button; going to
 * another page closes it. It stays in the header (no portal, no focus trap): a disclosure that
 * pushes the page down, as WAI-ARIA's disclosure navigation pattern describes.
 */
export function NavLinks({ label, menuLabel, links }: { label: string; menuLabel: string; links: NavLink[] }) {
  const pathname = usePathname();
  const active = links
    .filter((l) => (l.match ? pathname === l.href || l.match.some((prefix) => within(pathname, prefix)) : within(pathname, l.href)))
    .sort((a, b) => b.href.length - a.href.length)[0];
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [isOpen, setOpen] = useState(false);
  // Closed again on every page change (React's "adjust state on a prop change" pattern).
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }
  const tab = (l: NavLink, phone: boolean) => (
    <li key={l.href}>
      <Link
        href={l.href}
        aria-current={active?.href === l.href ? 'page' : undefined}
        onClick={phone ? () => setOpen(false) : undefined}
        className={cn(
          'inline-flex min-h-11 items-center px-3 text-sm font-medium',
          phone
            ? cn('w-full rounded-lg', active?.href === l.href ? 'bg-brand-50 text-brand-700' : 'text-ink hover:bg-gray-100')
            : cn(
                'border-b-2',
                active?.href === l.href ? 'border-brand-600 text-brand-700' : 'border-transparent text-muted hover:text-ink',
              ),
        )}
      >
        {l.label}
      </Link>
    </li>
  );
  return (
    <nav aria-label={label} className="mx-auto max-w-6xl px-2">
      <div
        className="md:hidden"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !isOpen) return;
          setOpen(false);
          button.current?.focus();
        }}
      >
        <button
          ref={button}
          type="button"
          aria-expanded={isOpen}
          aria-controls={listId}
          onClick={() => setOpen((open) => !open)}
          className="flex min-h-11 w-full items-center gap-2 rounded-lg px-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-3 focus-visible:ring-brand-200"
          data-testid="nav-menu-button"
        >
          <Menu aria-hidden="true" className="size-5 shrink-0" />
          <span>{menuLabel}</span>
          {active ? (
            <span className="min-w-0 truncate text-brand-700">
              <span aria-hidden="true">· </span>
              {active.label}
            </span>
          ) : null}
          <ChevronDown aria-hidden="true" className={cn('ms-auto size-4 shrink-0 transition-transform', isOpen && 'rotate-180')} />
        </button>
        <ul id={listId} hidden={!isOpen} className="grid grid-cols-2 gap-1 pb-2">
          {links.map((l) => tab(l, true))}
        </ul>
      </div>
      <ul className="hidden gap-1 overflow-x-auto whitespace-nowrap md:flex">{links.map((l) => tab(l, false))}</ul>
    </nav>
  );
}
