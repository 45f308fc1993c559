import type { Metadata, Viewport } from 'next';
import { getLocale, getT } from '@/lib/i18n/server-locale';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return {
    title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
    description: t('app.tagline'),
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

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        {children}
        <script src="/register-sw.js" defer />
      </body>
    </html>
  );
}
