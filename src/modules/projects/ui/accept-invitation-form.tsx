'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { FormError } from '@/lib/ui/form-status';
import { Spinner } from '@/lib/ui/spinner';
import { acceptInvitationAction } from '@/modules/projects/actions';

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? <Spinner /> : null}
        {pending ? t('common.working') : t('team.accept.button')}
      </Button>
      <div aria-live="polite">
        <FormError state={state} />
      </div>
    </form>
  );
}
