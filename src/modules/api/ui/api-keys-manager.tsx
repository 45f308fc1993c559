'use client';

import { useActionState, useRef, useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Check, Copy, KeyRound } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/lib/ui/alert';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/lib/ui/alert-dialog';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Checkbox } from '@/lib/ui/checkbox';
import { FormField } from '@/lib/ui/form-field';
import { fieldError } from '@/lib/ui/form-status';
import { FormSubmit } from '@/lib/ui/form-submit';
import { Input } from '@/lib/ui/input';
import { Label } from '@/lib/ui/label';
import { NativeSelect } from '@/lib/ui/native-select';
import { toast } from '@/lib/ui/toaster';
import { createApiKeyAction, revokeApiKeyAction } from '../actions';
import { API_KEY_EXPIRY_DAYS } from '../api-key-input';
import { API_SCOPES, ADMIN_ONLY_SCOPES, type ApiScope } from '../api-scopes';
import type { ApiKeyListItem } from '../list-api-keys';

/** Each scope's name and what it allows (literal keys, so the catalog check sees them used). */
const SCOPE_MESSAGES = {
  read: ['scope.read.label', 'scope.read.hint'],
  write: ['scope.write.label', 'scope.write.hint'],
  generate: ['scope.generate.label', 'scope.generate.hint'],
  publish: ['scope.publish.label', 'scope.publish.hint'],
  leads: ['scope.leads.label', 'scope.leads.hint'],
  tickets: ['scope.tickets.label', 'scope.tickets.hint'],
  agency: ['scope.agency.label', 'scope.agency.hint'],
} as const satisfies Record<ApiScope, readonly [string, string]>;

/**
 * Settings → API keys: make a key (name, scopes, expiry), see its secret once with a copy button,
 * list keys (prefix, scopes, dates, last use) and revoke one after a confirmation. `agency` is
 * offered only to agency admins (RLS refuses it for anyone else anyway).
 */
export function ApiKeysManager({
  keys,
  projects,
  isAgencyAdmin,
  canCreate,
}: {
  keys: ApiKeyListItem[];
  /** The caller's projects, to restrict a key to one of them. */
  projects: { id: string; name: string }[];
  isAgencyAdmin: boolean;
  canCreate: boolean;
}) {
  const t = useTranslations('apiKeys');
  const [state, action, pending] = useActionState(createApiKeyAction, null);
  const scopes = API_SCOPES.filter((s) => isAgencyAdmin || !ADMIN_ONLY_SCOPES.includes(s));
  return (
    <div className="space-y-8">
      {canCreate ? (
        <section aria-labelledby="api-keys-create" className="space-y-4">
          <h2 id="api-keys-create" className="text-lg font-semibold">
            {t('create.title')}
          </h2>
          <form action={action} className="space-y-4" noValidate>
            <FormField label={t('create.name')} hint={t('create.nameHint')} error={fieldError(state, 'name')}>
              {(control) => <Input {...control} name="name" required maxLength={100} className="max-w-sm" />}
            </FormField>
            <fieldset className="space-y-2" aria-describedby={fieldError(state, 'scopes') ? 'api-key-scopes-error' : undefined}>
              <legend className="text-sm font-medium">{t('create.scopes')}</legend>
              <ul className="grid gap-2 sm:grid-cols-2">
                {scopes.map((scope) => (
                  <li key={scope} className="flex items-start gap-2">
                    <Checkbox
                      id={`scope-${scope}`}
                      name="scopes[]"
                      value={scope}
                      defaultChecked={scope === 'read'}
                      aria-describedby={`scope-${scope}-hint`}
                    />
                    <div className="grid gap-0.5">
                      <Label htmlFor={`scope-${scope}`}>{t(SCOPE_MESSAGES[scope][0])}</Label>
                      <span id={`scope-${scope}-hint`} className="text-sm text-muted">
                        {t(SCOPE_MESSAGES[scope][1])}
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
              {fieldError(state, 'scopes') ? (
                <p id="api-key-scopes-error" className="text-sm text-red-700">
                  {fieldError(state, 'scopes')}
                </p>
              ) : null}
            </fieldset>
            <FormField label={t('create.expiry')}>
              {(control) => (
                <div className="max-w-sm">
                  <NativeSelect {...control} name="expires" defaultValue="90">
                    {API_KEY_EXPIRY_DAYS.map((days) => (
                      <option key={days} value={String(days)}>
                        {t('create.expiresIn', { days })}
                      </option>
                    ))}
                    <option value="never">{t('create.never')}</option>
                  </NativeSelect>
                </div>
              )}
            </FormField>
            <FormField label={t('create.project')} hint={t('create.projectHint')}>
              {(control) => (
                <div className="max-w-sm">
                  <NativeSelect {...control} name="project" defaultValue="">
                    <option value="">{t('create.allProjects')}</option>
                    {projects.map((project) => (
                      <option key={project.id} value={project.id}>
                        {project.name}
                      </option>
                    ))}
                  </NativeSelect>
                </div>
              )}
            </FormField>
            <FormSubmit pending={pending} state={state} fields={['name', 'scopes']}>
              {t('create.submit')}
            </FormSubmit>
          </form>
          {state?.ok ? <NewKey key={state.data.id} name={state.data.name} secret={state.data.key} /> : null}
        </section>
      ) : (
        <Alert role="note">{t('create.notWhileImpersonating')}</Alert>
      )}
      <section aria-labelledby="api-keys-list" className="space-y-4">
        <h2 id="api-keys-list" className="text-lg font-semibold">
          {t('list.title')}
        </h2>
        {keys.length === 0 ? <p className="text-muted">{t('list.empty')}</p> : <KeyList keys={keys} projects={projects} />}
      </section>
    </div>
  );
}

function NewKey({ name, secret }: { name: string; secret: string }) {
  const t = useTranslations('apiKeys.created');
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard permission: select the text so Ctrl/Cmd+C works.
      input.current?.select();
    }
  }
  return (
    <Alert variant="success" data-testid="api-key-created">
      <AlertTitle>{t('title', { name })}</AlertTitle>
      <AlertDescription className="space-y-2">
        <p>{t('once')}</p>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Label htmlFor="api-key-secret" className="sr-only">
            {t('secretLabel')}
          </Label>
          <Input
            ref={input}
            id="api-key-secret"
            readOnly
            value={secret}
            className="font-mono text-xs"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button type="button" variant="secondary" onClick={copy}>
            {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
            {copied ? t('copied') : t('copy')}
          </Button>
        </div>
        <p aria-live="polite" className="sr-only">
          {copied ? t('copied') : ''}
        </p>
      </AlertDescription>
    </Alert>
  );
}

function KeyList({ keys, projects }: { keys: ApiKeyListItem[]; projects: { id: string; name: string }[] }) {
  const projectName = new Map(projects.map((p) => [p.id, p.name]));
  const t = useTranslations('apiKeys.list');
  const tKeys = useTranslations('apiKeys');
  const format = useFormatter();
  const date = (d: Date | null) => (d ? format.dateTime(new Date(d), { dateStyle: 'medium' }) : null);
  return (
    <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white" data-testid="api-key-list">
      {keys.map((key) => {
        return (
          <li key={key.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0 space-y-1">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                <KeyRound aria-hidden="true" className="size-4 shrink-0" />
                <span className="break-words">{key.name}</span>
                {key.revokedAt ? (
                  <Badge variant="danger">{t('revoked')}</Badge>
                ) : key.isExpired ? (
                  <Badge variant="warning">{t('expired')}</Badge>
                ) : null}
              </p>
              <p className="font-mono text-sm break-all">
                <span className="sr-only">{t('prefix')} </span>
                {key.prefix}…
              </p>
              <p className="flex flex-wrap gap-1" aria-label={t('scopes')}>
                {key.scopes.map((scope: ApiScope) => (
                  <Badge key={scope} variant="brand">
                    {tKeys(SCOPE_MESSAGES[scope][0])}
                  </Badge>
                ))}
              </p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm text-muted">
                <dt>{t('created')}</dt>
                <dd>{date(key.createdAt)}</dd>
                <dt>{t('lastUsed')}</dt>
                <dd>{date(key.lastUsedAt) ?? t('never')}</dd>
                <dt>{t('expires')}</dt>
                <dd>{date(key.expiresAt) ?? t('noExpiry')}</dd>
                {/* After the dates: the e2e spec reads "last used" as the second <dd>. */}
                <dt>{t('project')}</dt>
                <dd>{key.projectId ? (projectName.get(key.projectId) ?? t('unknownProject')) : t('allProjects')}</dd>
                {key.revokedAt ? (
                  <>
                    <dt>{t('revokedAt')}</dt>
                    <dd>{date(key.revokedAt)}</dd>
                  </>
                ) : null}
              </dl>
            </div>
            {key.revokedAt ? null : <RevokeButton keyId={key.id} name={key.name} />}
          </li>
        );
      })}
    </ul>
  );
}

function RevokeButton({ keyId, name }: { keyId: string; name: string }) {
  const t = useTranslations('apiKeys.revoke');
  const [isPending, startTransition] = useTransition();
  const revoke = () =>
    startTransition(async () => {
      const result = await revokeApiKeyAction({ keyId });
      if (result.ok) toast.success(t('done', { name }));
      else toast.error(result.error.message);
    });
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="danger" disabled={isPending} className="self-start">
          {t('button')}
          <span className="sr-only">: {name}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t('title', { name })}</AlertDialogTitle>
          <AlertDialogDescription>{t('description')}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t('cancel')}</AlertDialogCancel>
          <AlertDialogAction onClick={revoke}>{t('confirm')}</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
