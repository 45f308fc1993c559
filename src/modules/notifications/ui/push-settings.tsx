'use client';

import { useEffect, useState, useSyncExternalStore, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { BellRing, Smartphone, Trash2 } from 'lucide-react';
import { Alert } from '@/lib/ui/alert';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Spinner } from '@/lib/ui/spinner';
import { toast } from '@/lib/ui/toaster';
import { removePushDeviceAction, subscribePushAction } from '../actions';
import type { PushDevice } from '../push/manage-push-subscriptions';

type Support = 'checking' | 'unsupported' | 'denied' | 'ready';

const noSubscription = () => () => {};

function detectSupport(): Support {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return 'unsupported';
  return Notification.permission === 'denied' ? 'denied' : 'ready';
}

/** "Chrome on Android": enough for a person to tell their devices apart in the list. */
function deviceLabel(ua: string): string {
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : '';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return [browser, os].filter(Boolean).join(' · ');
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/**
 * Push on this device, and the list of devices that get pushes. Permission is asked only when the
 * person presses "Turn on" — never on load — and the subscription is stored per device. Turning
 * it off unsubscribes the browser and forgets the device; any device can be removed from the list.
 */
export function PushSettings({ vapidPublicKey, devices }: { vapidPublicKey: string; devices: PushDevice[] }) {
  const t = useTranslations('notifications.push');
  const router = useRouter();
  const detected = useSyncExternalStore(noSubscription, detectSupport, () => 'checking' as Support);
  // After the person answers the permission prompt, their answer wins over what was detected.
  const [answered, setAnswered] = useState<Support | null>(null);
  const support = answered ?? detected;
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    if (detectSupport() === 'unsupported') return;
    let isCurrent = true;
    navigator.serviceWorker.ready
      .then((registration) => registration.pushManager.getSubscription())
      .then((subscription) => isCurrent && setEndpoint(subscription?.endpoint ?? null))
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);

  const isOnHere = endpoint !== null && devices.some((d) => d.endpoint === endpoint);

  const turnOn = () =>
    startTransition(async () => {
      try {
        const permission = await Notification.requestPermission();
        if (permission !== 'granted') {
          setAnswered(permission === 'denied' ? 'denied' : 'ready');
          return;
        }
        const registration = await navigator.serviceWorker.ready;
        const subscription =
          (await registration.pushManager.getSubscription()) ??
          (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(vapidPublicKey) }));
        const json = subscription.toJSON();
        const result = await subscribePushAction({
          endpoint: json.endpoint ?? subscription.endpoint,
          keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
          deviceLabel: deviceLabel(navigator.userAgent),
        });
        if (!result.ok) {
          toast.error(result.error.message);
          return;
        }
        setEndpoint(subscription.endpoint);
        toast.success(t('enabled'));
        router.refresh();
      } catch {
        toast.error(t('unsupported'));
      }
    });

  const turnOff = () =>
    startTransition(async () => {
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.getSubscription();
      const target = subscription?.endpoint ?? endpoint;
      await subscription?.unsubscribe().catch(() => false);
      if (target) {
        const result = await removePushDeviceAction({ endpoint: target });
        if (!result.ok) toast.error(result.error.message);
      }
      setEndpoint(null);
      router.refresh();
    });

  const remove = (device: PushDevice) =>
    startTransition(async () => {
      if (device.endpoint === endpoint) {
        const registration = await navigator.serviceWorker.ready;
        await (await registration.pushManager.getSubscription())?.unsubscribe().catch(() => false);
        setEndpoint(null);
      }
      const result = await removePushDeviceAction({ id: device.id });
      if (!result.ok) toast.error(result.error.message);
      router.refresh();
    });

  return (
    <div className="space-y-4">
      <p className="text-muted">{t('intro')}</p>
      {support === 'unsupported' ? <Alert variant="info">{t('unsupported')}</Alert> : null}
      {support === 'denied' ? <Alert variant="warning">{t('denied')}</Alert> : null}
      {support === 'ready' ? (
        isOnHere ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="flex items-center gap-2 font-medium text-green-900" role="status">
              <BellRing aria-hidden="true" className="size-5" />
              {t('enabled')}
            </p>
            <Button variant="secondary" onClick={turnOff} disabled={isPending}>
              {isPending ? <Spinner /> : null}
              {t('disable')}
            </Button>
          </div>
        ) : (
          <Button onClick={turnOn} disabled={isPending}>
            {isPending ? <Spinner /> : <BellRing aria-hidden="true" />}
            {t('enable')}
          </Button>
        )
      ) : null}
      <section aria-labelledby="push-devices" className="space-y-2">
        <h3 id="push-devices" className="font-semibold">
          {t('devices')}
        </h3>
        {devices.length === 0 ? (
          <p className="text-sm text-muted">{t('noDevices')}</p>
        ) : (
          <ul className="divide-y divide-gray-200 rounded-2xl border border-gray-200 bg-white" data-testid="push-devices">
            {devices.map((device) => {
              const name = device.deviceLabel || t('unknownDevice');
              return (
                <li key={device.id} className="flex items-center gap-3 p-3">
                  <Smartphone aria-hidden="true" className="size-5 shrink-0 text-muted" />
                  <div className="min-w-0 flex-1">
                    <p className="flex flex-wrap items-center gap-2 font-medium break-words">
                      {name}
                      {device.endpoint === endpoint ? <Badge variant="success">{t('thisDevice')}</Badge> : null}
                    </p>
                    <p className="text-xs text-muted">{t('addedOn', { date: device.createdAt })}</p>
                  </div>
                  <Button
                    variant="danger"
                    size="compact"
                    className="px-3"
                    aria-label={t('removeLabel', { device: name })}
                    onClick={() => remove(device)}
                    disabled={isPending}
                  >
                    <Trash2 aria-hidden="true" />
                    <span className="hidden sm:inline">{t('remove')}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
