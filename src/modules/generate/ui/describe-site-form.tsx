'use client';

import { useId, useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Sparkles } from 'lucide-react';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { Spinner } from '@/lib/ui/spinner';
import { Textarea } from '@/lib/ui/textarea';
import { parseUpgradeLimit } from '@/modules/billing/get-upgrade-path';
import { UpgradeLink } from '@/modules/billing/ui/upgrade-link';
import { startSiteFromDescriptionAction } from '../start-site-actions';
import { PROMPT_MAX, PROMPT_MIN } from '../studio-options';

/** Where the description waits for the studio to write the site from it (this tab only). */
export function describedPromptKey(projectId: string): string {
  return `pagemagic:describe:${projectId}`;
}

/**
 * The first thing a new client sees: "What do you want to build?", one text box in their own
 * language. The project, its name and its address come from the description (renamed later at
 * will); the studio then writes the site from the same words, in one click.
 */
export function DescribeSiteForm({ isAtLimit }: { isAtLimit: boolean }) {
  const t = useTranslations('dashboard.describe');
  const tc = useTranslations('common');
  const id = useId();
  const router = useRouter();
  const [description, setDescription] = useState('');
  const [error, setError] = useState<{ code: string; message: string; details?: unknown } | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await startSiteFromDescriptionAction({ description }).catch(() => null);
      if (!result) {
        setError({ code: 'NETWORK', message: t('failed') });
        return;
      }
      if (!result.ok) {
        setError(result.error);
        return;
      }
      // The studio reads it once and starts writing: the description never travels in a URL.
      sessionStorage.setItem(describedPromptKey(result.data.projectId), description.trim());
      router.push(`/dashboard/projects/${result.data.projectId}?start=1`);
    });
  }

  const isLimit = error?.code === 'TIER_LIMIT';
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`} className="text-sm text-muted">
        {t('intro')}
      </p>
      <FormField id={`${id}-description`} label={t('label')} hint={t('hint')} error={error && !isLimit ? error.message : undefined}>
        {(field) => (
          <Textarea
            {...field}
            name="description"
            rows={4}
            required
            minLength={PROMPT_MIN}
            maxLength={PROMPT_MAX}
            placeholder={t('placeholder')}
            value={description}
            disabled={isPending}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </FormField>
      <Button type="submit" disabled={isPending || isAtLimit || description.trim().length < PROMPT_MIN} aria-busy={isPending}>
        {isPending ? <Spinner /> : <Sparkles aria-hidden="true" />}
        {isPending ? tc('working') : t('submit')}
      </Button>
      <div aria-live="polite">
        {isLimit ? (
          <Alert variant="warning">
            <AlertDescription>{error.message}</AlertDescription>
            <AlertActions>
              <UpgradeLink limit={upgradeLimitOf(error.details)} />
            </AlertActions>
          </Alert>
        ) : null}
      </div>
    </form>
  );
}

/** The limit a refusal names (a new site beyond the plan's sites, most often). */
function upgradeLimitOf(details: unknown) {
  const resource = typeof details === 'object' && details !== null ? (details as { resource?: unknown }).resource : undefined;
  return parseUpgradeLimit(resource) ?? 'projects';
}
