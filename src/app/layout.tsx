import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
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

// The provider hands client components the locale, the catalog, the time zone and the formats
// of src/lib/i18n/request.ts (inherited from this server component).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, nonce] = await Promise.all([getLocale(), headers().then((h) => h.get('x-nonce') ?? undefined)]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <NextIntlClientProvider>
          <TooltipProvider>{children}</TooltipProvider>
          <Toaster />
        </NextIntlClientProvider>
        {/* The CSP allows scripts by nonce only ('strict-dynamic' ignores 'self'): src/proxy.ts. */}
        <script src="/register-sw.js" defer nonce={nonce} />
      </body>
    </html>
  );
}
