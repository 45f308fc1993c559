import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/lib/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import type { AdminLead } from '../list-recent-leads';

const STATE_VARIANT = { active: 'success', signed_up: 'success', unsubscribed: 'warning' } as const;

/** The agency's leads: who, their site and its performance score, what they asked for, and their mails. */
export async function AdminLeadsTable({ leads }: { leads: AdminLead[] }) {
  const [t, format] = await Promise.all([getTranslations('adminAnalyzer'), getFormatter()]);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('colLead')}</TableHead>
          <TableHead>{t('colSite')}</TableHead>
          <TableHead className="text-right">{t('colScore')}</TableHead>
          <TableHead>{t('colIntent')}</TableHead>
          <TableHead>{t('colSequence')}</TableHead>
          <TableHead>{t('colWhen')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {leads.map((lead) => (
          <TableRow key={lead.id}>
            <TableCell className="max-w-56 break-all">
              <span className="font-medium">{lead.email}</span>
              {lead.name || lead.company ? (
                <span className="block text-xs text-muted">{[lead.name, lead.company].filter(Boolean).join(' · ')}</span>
              ) : null}
            </TableCell>
            <TableCell className="max-w-56 break-all">
              <a href={`/analyze/${lead.analysisId}`} className="text-brand-700 underline-offset-2 hover:underline">
                {lead.url}
              </a>
            </TableCell>
            <TableCell className="text-right tabular-nums">{lead.scores?.performance ?? '–'}</TableCell>
            <TableCell>{t('intent', { intent: lead.intent })}</TableCell>
            <TableCell>
              <Badge
                variant={lead.nurtureState in STATE_VARIANT ? STATE_VARIANT[lead.nurtureState as keyof typeof STATE_VARIANT] : 'neutral'}
              >
                {t('sequence', { state: lead.nurtureState })}
              </Badge>
              <span className="block text-xs text-muted">{t('emailsSent', { count: lead.emailsSent })}</span>
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {format.dateTime(lead.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
