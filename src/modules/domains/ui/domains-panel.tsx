'use client';

import { useActionState, useEffect, useRef, useState, useTransition } from 'react';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import { Check, Copy, Globe, RefreshCw, X } from 'lucide-react';
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
import { Alert, AlertDescription } from '@/lib/ui/alert';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { EmptyState } from '@/lib/ui/empty-state';
import { FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { NativeSelect } from '@/lib/ui/native-select';
import { Spinner } from '@/lib/ui/spinner';
import { toast } from '@/lib/ui/toaster';
import type { CertificateObservation } from '@/lib/tls/certificate-probe';
import type { DomainStatus } from '../domain-status';
import type { RecordKind } from '../dns-records';
import { addDomainAction, removeDomainAction, setPrimaryDomainAction, verifyDomainAction } from '../actions';
import { UpgradeLink } from '@/modules/billing/ui/upgrade-link';
import { STATUS_BADGE } from './status-badge';

export type DomainRecordView = { kind: RecordKind; host: string; value: string; ok: boolean | null; found: string[] };
export type DomainItem = {
  id: string;
  displayName: string;
  name: string;
  projectName: string;
  isApex: boolean;
  isPrimary: boolean;
  isServing: boolean;
  status: DomainStatus;
  records: DomainRecordView[];
  lastCheckedAt: Date | null;
  failingSince: Date | null;
  releasedAt: Date | null;
  /** The last observed certificate (only where certificates are observed: DOMAIN_CERT_CHECK). */
  certificate: CertificateObservation | null;
  /** The registration's end from RDAP, when the registry answered. */
  registrationExpiresAt: string | null;
};

const BADGE = STATUS_BADGE;

/** The Domains page: add a domain, the exact records to create with their status, Check now, primary, remove. */
export function DomainsPanel({
  projects,
  domains,
  quota,
  localTarget = null,
}: {
  projects: Array<{ id: string; name: string }>;
  domains: DomainItem[];
  quota: { used: number; limit: number | null };
  /** On a machine DNS cannot reach: the routing target nobody can point a public record to. */
  localTarget?: string | null;
}) {
  const t = useTranslations('domains');
  return (
    <div className="space-y-4">
      {projects.length > 0 ? (
        <AddDomainForm projects={projects} quota={quota} />
      ) : (
        <EmptyState icon={Globe} title={t('noProjectsTitle')}>
          {t('noProjects')}
        </EmptyState>
      )}
      {domains.length === 0 ? (
        projects.length > 0 ? (
          <p className="text-sm text-muted">{t('none')}</p>
        ) : null
      ) : (
        <ul className="space-y-4" aria-label={t('listLabel')}>
          {domains.map((domain) => (
            <li key={domain.id}>
              <DomainCard domain={domain} localTarget={localTarget} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AddDomainForm({
  projects,
  quota,
}: {
  projects: Array<{ id: string; name: string }>;
  quota: { used: number; limit: number | null };
}) {
  const t = useTranslations('domains');
  const tc = useTranslations('common');
  const [state, action, pending] = useActionState(addDomainAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const [withWww, setWithWww] = useState(true);
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    toast.success(t('added', { names: state.data.names.join(', ') }));
  }, [state, t]);
  const full = quota.limit !== null && quota.used >= quota.limit;
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">{t('addTitle')}</h2>
      <p className="text-sm text-muted">
        {quota.limit === null ? t('quotaUnlimited', { used: quota.used }) : t('quota', { used: quota.used, limit: quota.limit })}
        {full ? (
          <>
            {' '}
            <UpgradeLink limit="domains" look="link" />
          </>
        ) : null}
      </p>
      <form ref={formRef} action={action} className="space-y-3" noValidate>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label={t('domainLabel')} hint={t('domainHint')} error={fieldError(state, 'domain')}>
            {(field) => (
              <Input
                {...field}
                name="domain"
                inputMode="url"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                placeholder="padariapaoverde.com.br"
                required
                maxLength={300}
              />
            )}
          </FormField>
          {projects.length > 1 ? (
            <FormField label={t('projectLabel')}>
              {(field) => (
                <NativeSelect {...field} name="projectId" defaultValue={projects[0]!.id}>
                  {projects.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
          ) : (
            <input type="hidden" name="projectId" value={projects[0]!.id} />
          )}
        </div>
        <fieldset className="space-y-2">
          <legend className="sr-only">{t('wwwLegend')}</legend>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="withWww"
              className="size-5 accent-brand-600"
              checked={withWww}
              onChange={(e) => setWithWww(e.target.checked)}
            />
            {t('withWww')}
          </label>
          {withWww ? (
            <div className="sm:max-w-sm">
              <FormField label={t('primaryLabel')} hint={t('primaryHint')}>
                {(field) => (
                  <NativeSelect {...field} name="primary" defaultValue="www">
                    <option value="www">{t('primaryWww')}</option>
                    <option value="apex">{t('primaryApex')}</option>
                  </NativeSelect>
                )}
              </FormField>
            </div>
          ) : null}
        </fieldset>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? <Spinner /> : null}
          {pending ? tc('working') : t('add')}
        </Button>
        <div aria-live="polite">
          <FormError state={state && !state.ok && !fieldError(state, 'domain') ? state : null} />
        </div>
      </form>
    </Card>
  );
}

function DomainCard({ domain, localTarget }: { domain: DomainItem; localTarget: string | null }) {
  const t = useTranslations('domains');
  const format = useFormatter();
  // "Checked 3 minutes ago" against a clock that ticks: without one next-intl falls back to the
  // render time and reports ENVIRONMENT_FALLBACK on every render.
  const now = useNow({ updateInterval: 60_000 });
  const titleId = `domain-${domain.id}`;
  return (
    <Card className="space-y-3" aria-labelledby={titleId} data-testid="domain-card">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={titleId} className="min-w-0 text-lg font-semibold break-all">
          {domain.displayName}
        </h2>
        <Badge variant={BADGE[domain.status]} data-testid="domain-status">
          {t('status', { status: domain.status })}
        </Badge>
        {domain.isPrimary ? <Badge variant="solid">{t('primary')}</Badge> : null}
      </div>
      <p className="text-sm text-muted">
        {t('forProject', { project: domain.projectName })}
        {domain.lastCheckedAt ? ` · ${t('lastChecked', { when: format.relativeTime(domain.lastCheckedAt, now) })}` : ''}
      </p>
      <StatusExplanation domain={domain} />
      <RecordList domain={domain} localTarget={localTarget} />
      {domain.certificate ? <CertificateStatus certificate={domain.certificate} /> : null}
      {domain.registrationExpiresAt ? <RegistrationStatus expiresAt={domain.registrationExpiresAt} /> : null}
      {domain.isApex ? <p className="text-sm text-muted">{t('apexNote')}</p> : null}
      <DomainActions domain={domain} />
    </Card>
  );
}

function StatusExplanation({ domain }: { domain: DomainItem }) {
  const t = useTranslations('domains');
  if (domain.releasedAt && domain.status === 'waiting') {
    return (
      <Alert variant="warning">
        <AlertDescription>{t('released')}</AlertDescription>
      </Alert>
    );
  }
  const variant = domain.status === 'live' ? 'success' : domain.status === 'needs_attention' ? 'error' : 'info';
  const text =
    domain.status === 'needs_attention'
      ? domain.isServing
        ? t('explainFailing')
        : t('explainStopped')
      : t('explain', { status: domain.status });
  return (
    <Alert variant={variant}>
      <AlertDescription>{text}</AlertDescription>
    </Alert>
  );
}

function CertificateStatus({ certificate }: { certificate: CertificateObservation }) {
  const t = useTranslations('domains');
  const format = useFormatter();
  const date = certificate.validTo ? format.dateTime(new Date(certificate.validTo), { dateStyle: 'medium' }) : '';
  return (
    <div className="space-y-1" data-testid="domain-certificate">
      <h3 className="text-sm font-semibold">{t('certificateTitle')}</h3>
      {certificate.ok ? (
        <p className="inline-flex items-center gap-1 text-sm text-green-800">
          <Check aria-hidden="true" className="size-4 shrink-0" />
          {t('certificateOk', { issuer: certificate.issuer ?? '—', date })}
        </p>
      ) : (
        <p className="inline-flex items-start gap-1 text-sm text-red-800">
          <X aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t('certificateProblem', { problem: certificate.problem, date })}
        </p>
      )}
    </div>
  );
}

/** A registration ending within this many days gets a warning (issue 14). */
const REGISTRATION_WARN_DAYS = 30;

function RegistrationStatus({ expiresAt }: { expiresAt: string }) {
  const t = useTranslations('domains');
  const format = useFormatter();
  const end = new Date(expiresAt);
  const date = format.dateTime(end, { dateStyle: 'medium' });
  // eslint-disable-next-line react-hooks/purity -- the warning is about time left now; a re-render may move it, which is right
  const isSoon = end.getTime() - Date.now() < REGISTRATION_WARN_DAYS * 24 * 60 * 60 * 1000;
  if (!isSoon) return <p className="text-sm text-muted">{t('registrationUntil', { date })}</p>;
  return (
    <Alert variant="warning" data-testid="domain-registration-warning">
      <AlertDescription>{t('registrationExpiring', { date })}</AlertDescription>
    </Alert>
  );
}

function RecordList({ domain, localTarget }: { domain: DomainItem; localTarget: string | null }) {
  const t = useTranslations('domains');
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">{t('recordsTitle')}</h3>
      <ul className="space-y-2" aria-label={t('recordsTitle')}>
        {domain.records.map((record) => (
          <li
            key={`${record.kind}:${record.host}:${record.value}`}
            className="rounded-xl border border-gray-200 p-3"
            data-testid="dns-record"
          >
            <div className="mb-2 flex flex-wrap items-center gap-2">
              <Badge variant="neutral">{record.kind}</Badge>
              <RecordStatus ok={record.ok} found={record.found} />
            </div>
            <dl className="grid gap-2 text-sm sm:grid-cols-[6rem_1fr]">
              <dt className="text-muted">{t('recordName')}</dt>
              <dd className="flex min-w-0 items-start gap-2">
                <code className="min-w-0 flex-1 break-all">{record.host}</code>
                <CopyButton value={record.host} label={t('copyName', { kind: record.kind })} />
              </dd>
              <dt className="text-muted">{t('recordValue')}</dt>
              <dd className="flex min-w-0 items-start gap-2">
                <code className="min-w-0 flex-1 break-all">{record.value}</code>
                <CopyButton value={record.value} label={t('copyValue', { kind: record.kind })} />
              </dd>
            </dl>
            {record.value === localTarget ? (
              <p className="mt-2 text-sm text-amber-900" data-testid="local-target-note">
                {t('local.recordNote', { target: record.value })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function RecordStatus({ ok, found }: { ok: boolean | null; found: string[] }) {
  const t = useTranslations('domains');
  if (ok === null) return <span className="text-sm text-muted">{t('recordUnchecked')}</span>;
  if (ok)
    return (
      <span className="inline-flex items-center gap-1 text-sm font-semibold text-green-800">
        <Check aria-hidden="true" className="size-4" />
        {t('recordOk')}
      </span>
    );
  return (
    <span className="inline-flex min-w-0 items-center gap-1 text-sm font-semibold break-all text-red-800">
      <X aria-hidden="true" className="size-4 shrink-0" />
      {found.length ? t('recordWrong', { found: found.join(', ') }) : t('recordMissing')}
    </span>
  );
}

function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations('domains');
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      aria-label={label}
      title={label}
      onClick={() =>
        void navigator.clipboard.writeText(value).then(
          () => toast.success(t('copied')),
          () => toast.error(t('copyFailed')),
        )
      }
    >
      <Copy aria-hidden="true" />
    </Button>
  );
}

function DomainActions({ domain }: { domain: DomainItem }) {
  const t = useTranslations('domains');
  const tc = useTranslations('common');
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>, success?: string) =>
    startTransition(async () => {
      const result = await fn();
      if (!result.ok) toast.error(result.error.message);
      else if (success) toast.success(success);
    });
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        variant="secondary"
        disabled={pending}
        aria-busy={pending}
        onClick={() =>
          run(async () => {
            const result = await verifyDomainAction({ domainId: domain.id });
            if (result.ok) toast(t('checked', { status: result.data.status }));
            return result;
          })
        }
      >
        {pending ? <Spinner /> : <RefreshCw aria-hidden="true" />}
        {pending ? tc('working') : t('checkNow')}
      </Button>
      {!domain.isPrimary ? (
        <Button
          variant="ghost"
          disabled={pending}
          onClick={() => run(() => setPrimaryDomainAction({ domainId: domain.id }), t('madePrimary'))}
        >
          {t('makePrimary')}
        </Button>
      ) : null}
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant="ghost" disabled={pending}>
            {t('remove')}
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t('removeTitle', { domain: domain.displayName })}</AlertDialogTitle>
            <AlertDialogDescription>{t('removeBody')}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{tc('cancel')}</AlertDialogCancel>
            <AlertDialogAction onClick={() => run(() => removeDomainAction({ domainId: domain.id }), t('removed'))}>
              {t('remove')}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
