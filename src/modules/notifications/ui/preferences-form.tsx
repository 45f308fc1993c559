'use client';

import { useActionState, useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { FormError } from '@/lib/ui/form-status';
import { Label } from '@/lib/ui/label';
import { NativeSelect } from '@/lib/ui/native-select';
import { Spinner } from '@/lib/ui/spinner';
import { toast } from '@/lib/ui/toaster';
import { savePreferencesAction } from '../actions';
import { KIND_SELECTOR } from '../describe-notification';
import type { NotificationKind } from '../events';
import { CHANNELS, settingsFor, type PreferenceMatrix } from '../preferences';

/**
 * Preferences per kind × channel. One fieldset per kind (its name is the legend) with a labelled
 * select per channel: a grid on wide screens, stacked on a phone, usable by keyboard and screen
 * readers, and a plain form that works before hydration. What was chosen stays chosen after a
 * failed save (the selects are uncontrolled and keep their values).
 */
export function PreferencesForm({ preferences, kinds }: { preferences: PreferenceMatrix; kinds: NotificationKind[] }) {
  const t = useTranslations('notifications.preferences');
  const [state, action, isPending] = useActionState(savePreferencesAction, null);
  useEffect(() => {
    if (state?.ok) toast.success(t('saved'));
  }, [state, t]);
  const current = state?.ok ? state.data : preferences;
  return (
    <form action={action} className="space-y-4" aria-describedby="preferences-caption">
      <p id="preferences-caption" className="sr-only">
        {t('caption')}
      </p>
      <div
        className="hidden grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))] gap-3 px-4 text-sm font-semibold text-muted md:grid"
        aria-hidden="true"
      >
        <span>{t('event')}</span>
        {CHANNELS.map((channel) => (
          <span key={channel}>{t('channel', { channel })}</span>
        ))}
      </div>
      <div className="divide-y divide-gray-200 rounded-2xl border border-gray-200 bg-white">
        {kinds.map((kind) => (
          <fieldset key={kind} className="p-4">
            <legend className="sr-only">{t('kind', { kind: KIND_SELECTOR[kind] })}</legend>
            <div className="grid gap-3 md:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))] md:items-center">
              <p aria-hidden="true" className="font-medium">
                {t('kind', { kind: KIND_SELECTOR[kind] })}
              </p>
              <div className="grid gap-2 sm:grid-cols-3 md:contents">
                {CHANNELS.map((channel) => {
                  const id = `pref-${kind}-${channel}`;
                  return (
                    <div key={channel} className="flex min-w-0 items-center justify-between gap-3 sm:block sm:space-y-1">
                      <Label htmlFor={id} className="text-sm text-muted sm:text-xs md:sr-only">
                        {t('channel', { channel })}
                      </Label>
                      <NativeSelect
                        id={id}
                        name={`${kind}:${channel}`}
                        defaultValue={current[kind][channel]}
                        key={`${id}-${current[kind][channel]}`}
                      >
                        {settingsFor(kind, channel).map((setting) => (
                          <option key={setting} value={setting}>
                            {t('setting', { setting })}
                          </option>
                        ))}
                      </NativeSelect>
                    </div>
                  );
                })}
              </div>
            </div>
          </fieldset>
        ))}
      </div>
      <FormError state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? <Spinner /> : null}
        {t('save')}
      </Button>
    </form>
  );
}
