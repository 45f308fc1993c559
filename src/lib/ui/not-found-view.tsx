'use client';

import Link from 'next/link';
import { Button } from './button';

// A client component for a size reason: Next puts the not-found page's tree in every page's Server
// Components payload (once per layout level, as the boundary a notFound() would show), so drawn by
// the server it cost each page ~2 KB of markup that is never displayed; as a client component the
// payload carries only these three strings.
export function NotFoundView({ title, body, home }: { title: string; body: string; home: string }) {
  return (
    <main className="mx-auto flex min-h-[70dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-muted">{body}</p>
      <Button asChild variant="secondary">
        <Link href="/">{home}</Link>
      </Button>
    </main>
  );
}
