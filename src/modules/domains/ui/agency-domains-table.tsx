'use client';

import { useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Globe, RefreshCw } from 'lucide-react';
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
import { EmptyState } from '@/lib/ui/empty-state';
import { Spinner } from '@/lib/ui/spinner';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import { toast } from '@/lib/ui/toaster';
import type { AgencyDomain } from '../list-agency-domains';
import { removeDomainAction, verifyDomainAction } from '../actions';
import { STATUS_BADGE } from './status-badge';

/** The agency's view of every client's custom domains: status, owner, last check, problems, history; re-check or remove. */
export function AgencyDomainsTable({ domains, isSearch = false }: { domains: AgencyDomain[]; isSearch?: boolean }) {
  const t = useTranslations('admin.domains');
  const td = useTranslations('domains');
  if (!domains.length) {
    return (
      <EmptyState icon={Globe} title={isSearch ? t('noMatchTitle') : t('noneTitle')}>
        {isSearch ? t('noMatch') : t('none')}
      </EmptyState>
    );
  }
  return (
    <Table data-testid="agency-domains">
      <TableCaption>{t('caption', { count: domains.length })}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t('colDomain')}</TableHead>
          <TableHead>{t('colOwner')}</TableHead>
          <TableHead>{t('colStatus')}</TableHead>
          <TableHead>{t('colLastCheck')}</TableHead>
          <TableHead>{t('colProblems')}</TableHead>
          <TableHead>
            <span className="sr-only">{t('colActions')}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {domains.map((domain) => (
          <TableRow key={domain.id} data-testid="agency-domain-row">
            <TableCell className="min-w-48">
              <div className="font-semibold break-all">{domain.displayName}</div>
              {domain.isPrimary ? <div className="text-xs text-muted">{td('primary')}</div> : null}
              <History domain={domain} />
            </TableCell>
            <TableCell className="min-w-44 break-all">{domain.ownerEmail ?? '—'}</TableCell>
            <TableCell>
              <Badge variant={STATUS_BADGE[domain.status]} className="whitespace-nowrap">
                {td('status', { status: domain.status })}
              </Badge>
              {domain.status === 'needs_attention' && !domain.isServing ? (
                <div className="mt-1 text-xs text-red-800">{t('notServed')}</div>
              ) : null}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <LastCheck at={domain.lastCheckedAt} />
            </TableCell>
            <TableCell className="min-w-56">
              <Problems domain={domain} />
            </TableCell>
            <TableCell>
              <Actions domain={domain} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function LastCheck({ at }: { at: Date | null }) {
  const t = useTranslations('admin.domains');
  const format = useFormatter();
  if (!at) return <span className="text-muted">{t('neverChecked')}</span>;
  return <time dateTime={at.toISOString()}>{format.dateTime(at, { dateStyle: 'short', timeStyle: 'short' })}</time>;
}

function Problems({ domain }: { domain: AgencyDomain }) {
  const t = useTranslations('admin.domains');
  const td = useTranslations('domains');
  const format = useFormatter();
  const problems: string[] = domain.wrongRecords.map((record) => t('wrongRecord', { kind: record.kind, host: record.host }));
  if (domain.certificate && !domain.certificate.ok) {
    const date = domain.certificate.validTo ? format.dateTime(new Date(domain.certificate.validTo), { dateStyle: 'medium' }) : '';
    problems.push(td('certificateProblem', { problem: domain.certificate.problem, date }));
  }
  if (domain.registrationExpiresAt) {
    const end = new Date(domain.registrationExpiresAt);
    // eslint-disable-next-line react-hooks/purity -- time left now; a later render may change it, which is right
    if (end.getTime() - Date.now() < 30 * 24 * 60 * 60 * 1000)
      problems.push(td('registrationExpiring', { date: format.dateTime(end, { dateStyle: 'medium' }) }));
  }
  if (domain.failingSince) problems.push(t('failingSince', { date: format.dateTime(domain.failingSince, { dateStyle: 'medium' }) }));
  if (!problems.length) return <span className="text-muted">{t('noProblems')}</span>;
  return (
    <ul className="list-disc space-y-1 ps-4">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

function History({ domain }: { domain: AgencyDomain }) {
  const t = useTranslations('admin.domains');
  const td = useTranslations('domains');
  const format = useFormatter();
  if (!domain.history.length) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-brand-700 underline-offset-2 hover:underline">{t('history')}</summary>
      <ol className="mt-1 space-y-1">
        {domain.history.map((event) => (
          <li key={event.id}>
            <time dateTime={event.createdAt.toISOString()} className="text-muted">
              {format.dateTime(event.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
            </time>{' '}
            {t('event', { kind: event.kind })}
            {event.toStatus && event.kind === 'status' ? `: ${td('status', { status: event.toStatus })}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

function Actions({ domain }: { domain: AgencyDomain }) {
  const t = useTranslations('admin.domains');
  const td = useTranslations('domains');
  const tc = useTranslations('common');
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>, success: string) =>
    startTransition(async () => {
      const result = await fn();
      if (!result.ok) toast.error(result.error.message);
      else toast.success(success);
    });
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        aria-busy={pending}
        aria-label={t('recheckLabel', { domain: domain.displayName })}
        onClick={() => run(() => verifyDomainAction({ domainId: domain.id }), t('rechecked', { domain: domain.displayName }))}
      >
        {pending ? <Spinner /> : <RefreshCw aria-hidden="true" />}
        {pending ? tc('working') : t('recheck')}
      </Button>
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant="ghost" size="sm" disabled={pending} aria-label={t('removeLabel', { domain: domain.displayName })}>
            {td('remove')}
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{td('removeTitle', { domain: domain.displayName })}</AlertDialogTitle>
            <AlertDialogDescription>{t('removeBody')}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{tc('cancel')}</AlertDialogCancel>
            <AlertDialogAction onClick={() => run(() => removeDomainAction({ domainId: domain.id }), td('removed'))}>
              {td('remove')}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
