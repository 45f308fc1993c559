import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';

const ICON = [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }];

/**
 * The installed app. Shortcuts (long-press the icon) and their names in the person's language;
 * a share target so photos shared from the phone's gallery land in Files (the service worker takes
 * the POST: src/modules/notifications/pwa/service-worker.ts); links into the app open in the
 * installed window that is already open rather than a second one.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations('notifications.app');
  return {
    id: '/',
    name: 'Page Magic',
    short_name: 'Page Magic',
    description: t('description'),
    start_url: '/dashboard',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait-primary',
    background_color: '#ffffff',
    theme_color: '#5b34f5',
    categories: ['business', 'productivity'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: t('shortcutNewSite'), url: '/dashboard#new-project', icons: ICON },
      { name: t('shortcutLeads'), url: '/dashboard/leads', icons: ICON },
      { name: t('shortcutTickets'), url: '/dashboard/tickets', icons: ICON },
    ],
    share_target: {
      action: '/dashboard/files/share',
      method: 'POST',
      enctype: 'multipart/form-data',
      params: { files: [{ name: 'photos', accept: ['image/*'] }] },
    },
    launch_handler: { client_mode: ['navigate-existing', 'auto'] },
  };
}
