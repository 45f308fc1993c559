import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { Toaster } from '@/lib/ui/toaster';
import { TooltipProvider } from '@/lib/ui/tooltip';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return {
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
    applicationName: 'Page Magic',
    manifest: '/manifest.webmanifest',
    icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
    appleWebApp: { capable: true, title: 'Page Magic', statusBarStyle: 'default' },
  };
}

export const viewport: Viewport = {
  themeColor: '#5b34f5',
  width: 'device-width',
  initialScale: 1,
};

// The provider hands client components the locale, the time zone and the formats of
// src/lib/i18n/request.ts, and only the messages of the `root` area (the error page's): each
// area's layout below sends its own (src/lib/i18n/client-namespaces.ts), never the whole catalogue.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, nonce] = await Promise.all([getLocale(), headers().then((h) => h.get('x-nonce') ?? undefined)]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <ClientMessages area="root">
          <TooltipProvider>{children}</TooltipProvider>
          <Toaster />
        </ClientMessages>
        {/* The CSP allows scripts by nonce only ('strict-dynamic' ignores 'self'): src/proxy.ts. */}
        <script src="/register-sw.js" defer nonce={nonce} />
      </body>
    </html>
  );
}
