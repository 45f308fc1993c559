import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArrowLeft } from 'lucide-react';
import { listAiCalls } from '@/lib/ai/list-ai-usage';
import { pageTitle } from '@/lib/i18n/page-title';
import { Button } from '@/lib/ui/button';
import { PageHeader } from '@/lib/ui/page-header';
import { listProfileEmails } from '@/modules/accounts/list-profile-emails';
import { requireAdmin } from '@/modules/accounts/server-session';
import { AiCallsTable } from '../ai-calls-table';

export const generateMetadata = pageTitle('adminAiUsage.title');

// The shape every trace id takes (an OpenTelemetry trace id, a request id or a generation's id).
const TRACE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

// requireAdmin() answers 404 to anyone else; a trace with no calls answers 404 too.
export default async function AiTracePage({ params }: { params: Promise<{ traceId: string }> }) {
  const { claims } = await requireAdmin();
  const traceId = decodeURIComponent((await params).traceId);
  if (!TRACE_ID.test(traceId)) notFound();
  const [t, calls] = await Promise.all([getTranslations('adminAiUsage'), listAiCalls(claims, { traceId, limit: 500 })]);
  if (calls.length === 0) notFound();
  const emails = await listProfileEmails(
    claims,
    calls.flatMap((call) => (call.accountId ? [call.accountId] : [])),
  );
  const clientOf = (accountId: string | null) => (accountId ? (emails.get(accountId) ?? accountId.slice(0, 8)) : t('noClient'));
  return (
    <div className="space-y-6">
      <Button asChild variant="link" className="min-h-11">
        <Link href="/admin/ai-usage">
          <ArrowLeft aria-hidden="true" />
          {t('back')}
        </Link>
      </Button>
      <PageHeader title={t('traceTitle')} description={t('traceSubtitle', { trace: traceId, count: calls.length })} />
      <AiCallsTable calls={calls} clientOf={clientOf} />
    </div>
  );
}
