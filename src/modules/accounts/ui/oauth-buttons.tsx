'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { OAuthProvider } from '@/lib/auth/types';
import { Button } from '@/lib/ui/button';
import { FormError } from '@/lib/ui/form-status';
import { Spinner } from '@/lib/ui/spinner';
import { startOAuthAction } from '../oauth-actions';

const NAMES: Record<OAuthProvider, string> = { google: 'Google', github: 'GitHub' };

/** One button per provider switched on in the auth service; none at all otherwise. */
export function OAuthButtons({ providers, next }: { providers: OAuthProvider[]; next?: string }) {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(startOAuthAction, null);
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2">
      {providers.map((provider) => (
        <form key={provider} action={action}>
          <input type="hidden" name="provider" value={provider} />
          <input type="hidden" name="next" value={next ?? ''} />
          <Button type="submit" variant="secondary" className="w-full" disabled={pending} aria-busy={pending}>
            {pending ? <Spinner /> : null}
            {t('continueWith', { provider: NAMES[provider] })}
          </Button>
        </form>
      ))}
      {state && !state.ok ? <FormError state={state} /> : null}
    </div>
  );
}
