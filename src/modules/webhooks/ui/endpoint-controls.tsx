'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Alert, AlertDescription } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { toast } from '@/lib/ui/toaster';
import type { ActionResult } from '@/lib/actions/define-action';
import {
  deleteWebhookEndpointAction,
  regenerateWebhookSecretAction,
  resendWebhookMessageAction,
  sendTestWebhookAction,
  setWebhookEndpointEnabledAction,
} from '../actions';

/** The buttons of one endpoint: send a test event, switch on/off, new secret, remove. */
export function EndpointControls({ endpointId, isEnabled }: { endpointId: string; isEnabled: boolean }) {
  const t = useTranslations('webhooks');
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const run = <T,>(action: () => Promise<ActionResult<T>>, done: string, then?: (data: T) => void) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      then?.(result.data);
      toast.success(done);
      router.refresh();
    });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={isPending || !isEnabled}
          onClick={() => run(() => sendTestWebhookAction({ endpointId }), t('testSent'))}
        >
          {t('sendTest')}
        </Button>
        <Button
          variant="secondary"
          disabled={isPending}
          onClick={() => run(() => setWebhookEndpointEnabledAction({ id: endpointId, isEnabled: !isEnabled }), t('saved'))}
        >
          {isEnabled ? t('disable') : t('enable')}
        </Button>
        <Button
          variant="secondary"
          disabled={isPending}
          onClick={() =>
            run(
              () => regenerateWebhookSecretAction({ id: endpointId }),
              t('saved'),
              (data) => setSecret(data.secret),
            )
          }
        >
          {t('regenerate')}
        </Button>
        <Button
          variant="destructive"
          disabled={isPending}
          onClick={() => {
            if (window.confirm(t('removeConfirm'))) run(() => deleteWebhookEndpointAction({ id: endpointId }), t('removed'));
          }}
        >
          {t('remove')}
        </Button>
      </div>
      {secret ? (
        <Alert variant="success">
          <AlertDescription>
            <p>{t('secretOnce')}</p>
            <code className="block break-all">{secret}</code>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}

export function ResendButton({ endpointId, messageId }: { endpointId: string; messageId: string }) {
  const t = useTranslations('webhooks');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      variant="link"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await resendWebhookMessageAction({ endpointId, messageId });
          if (result.ok) toast.success(t('resent'));
          else toast.error(result.error.message);
          router.refresh();
        })
      }
    >
      {t('resend')}
    </Button>
  );
}
