import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AiCallRow } from '@/lib/ai/list-ai-usage';
import { Badge } from '@/lib/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import { formatUsd } from './format-usd';

const OUTCOME_VARIANT = { ok: 'success', fallback: 'warning', error: 'danger' } as const;

/** One row per model call; each links to its trace (every call made with it, in order). */
export async function AiCallsTable({ calls, clientOf }: { calls: AiCallRow[]; clientOf: (accountId: string | null) => string }) {
  const [t, format] = await Promise.all([getTranslations('adminAiUsage'), getFormatter()]);
  const ms = (value: number) => format.number(value / 1000, { style: 'unit', unit: 'second', maximumFractionDigits: 2 });
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('colWhen')}</TableHead>
          <TableHead>{t('colClient')}</TableHead>
          <TableHead>{t('colTemplate')}</TableHead>
          <TableHead>{t('colModel')}</TableHead>
          <TableHead>{t('colOutcome')}</TableHead>
          <TableHead className="text-right">{t('colTokens')}</TableHead>
          <TableHead className="text-right">{t('colLatency')}</TableHead>
          <TableHead className="text-right">{t('colCost')}</TableHead>
          <TableHead>{t('colTrace')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {calls.map((call) => (
          <TableRow key={call.id}>
            <TableCell className="whitespace-nowrap">
              {format.dateTime(call.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}
            </TableCell>
            <TableCell className="max-w-40 truncate">{clientOf(call.accountId)}</TableCell>
            <TableCell className="whitespace-nowrap">
              {call.templateName} v{call.templateVersion}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {call.model}
              <span className="block text-xs text-muted">
                {t('step', { step: call.fallbackStep + 1, attempt: call.attempt })}
                {call.endpointHost ? ` · ${call.endpointHost}` : ''}
              </span>
            </TableCell>
            <TableCell>
              <Badge variant={OUTCOME_VARIANT[call.outcome]}>{t('outcome', { outcome: call.outcome })}</Badge>
              {call.errorCode ? <span className="block text-xs text-muted">{call.errorCode}</span> : null}
            </TableCell>
            <TableCell className="text-right tabular-nums whitespace-nowrap">
              {t('tokens', { input: format.number(call.inputTokens), output: format.number(call.outputTokens) })}
            </TableCell>
            <TableCell className="text-right tabular-nums whitespace-nowrap">
              {ms(call.latencyMs)}
              {call.firstTokenMs !== null ? (
                <span className="block text-xs text-muted">{t('firstToken', { time: ms(call.firstTokenMs) })}</span>
              ) : null}
            </TableCell>
            <TableCell className="text-right tabular-nums whitespace-nowrap">
              {call.costUsd === null ? '–' : formatUsd(format, call.costUsd)}
            </TableCell>
            <TableCell>
              <Link className="font-mono text-xs underline" href={`/admin/ai-usage/${encodeURIComponent(call.traceId)}`}>
                {call.traceId.slice(0, 12)}
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
