import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/lib/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import { CATEGORY_IDS } from '../analysis-result';
import type { AdminAnalysis } from '../list-recent-analyses';

const STATUS_VARIANT = { done: 'success', failed: 'danger' } as const;

/** The agency's list of analyses: URL (to its result page), the four scores, when, status. */
export async function AdminAnalysesTable({ analyses }: { analyses: AdminAnalysis[] }) {
  const [t, ta, format] = await Promise.all([getTranslations('adminAnalyzer'), getTranslations('analyzer'), getFormatter()]);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('colUrl')}</TableHead>
          {CATEGORY_IDS.map((id) => (
            <TableHead key={id} className="text-right">
              {ta('categoryName', { category: id.replace(/-/g, '_') })}
            </TableHead>
          ))}
          <TableHead>{t('colWhen')}</TableHead>
          <TableHead>{t('colStatus')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {analyses.map((analysis) => (
          <TableRow key={analysis.id}>
            <TableCell className="max-w-64 break-all">
              <a href={`/analyze/${analysis.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {analysis.url}
              </a>
            </TableCell>
            {CATEGORY_IDS.map((id) => (
              <TableCell key={id} className="text-right tabular-nums">
                {analysis.scores?.[id] ?? '–'}
              </TableCell>
            ))}
            <TableCell className="whitespace-nowrap">
              {format.dateTime(analysis.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </TableCell>
            <TableCell>
              <Badge
                variant={analysis.status in STATUS_VARIANT ? STATUS_VARIANT[analysis.status as keyof typeof STATUS_VARIANT] : 'neutral'}
              >
                {t('status', { status: analysis.status })}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
