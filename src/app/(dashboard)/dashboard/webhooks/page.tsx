import { getFormatter, getTranslations } from 'next-intl/server';
import { Webhook } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { listWebhookDeliveries } from '@/modules/webhooks/list-webhook-deliveries';
import { listWebhookEndpoints } from '@/modules/webhooks/list-webhook-endpoints';
import { AddEndpointForm } from '@/modules/webhooks/ui/add-endpoint-form';
import { EndpointControls, ResendButton } from '@/modules/webhooks/ui/endpoint-controls';
import { pageTitle } from '@/lib/i18n/page-title';
import { Badge } from '@/lib/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';

export const generateMetadata = pageTitle('webhooks.title');

/** The account's webhook endpoints, each with its latest deliveries (RLS: the owner's only). */
export default async function WebhooksPage() {
  const session = await requireSession();
  const [t, format, endpoints] = await Promise.all([getTranslations('webhooks'), getFormatter(), listWebhookEndpoints(session.claims)]);
  const logs = await Promise.all(endpoints.map((e) => listWebhookDeliveries(session.claims, { endpointId: e.id, limit: 20 })));
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <Card>
        <CardHeader>
          <CardTitle>{t('addTitle')}</CardTitle>
        </CardHeader>
        <CardContent>
          <AddEndpointForm />
        </CardContent>
      </Card>
      {endpoints.length === 0 ? (
        <EmptyState icon={Webhook} title={t('emptyTitle')}>
          {t('empty')}
        </EmptyState>
      ) : (
        endpoints.map((endpoint, i) => (
          <Card key={endpoint.id} data-testid="webhook-endpoint">
            <CardHeader>
              <CardTitle as="h2" className="break-all">
                {endpoint.url}
              </CardTitle>
              <CardDescription>
                {endpoint.description ? `${endpoint.description} · ` : ''}
                {t('secretHint', { hint: endpoint.secretHint })}
              </CardDescription>
              <div className="flex flex-wrap gap-1">
                <Badge variant={endpoint.isEnabled ? 'success' : 'danger'}>
                  {endpoint.isEnabled ? t('enabled') : t('disabledBecause', { reason: endpoint.disabledReason ?? 'owner' })}
                </Badge>
                {endpoint.failureStreak > 0 ? <Badge variant="warning">{t('failing', { count: endpoint.failureStreak })}</Badge> : null}
                {endpoint.eventTypes.map((type) => (
                  <Badge key={type}>{type}</Badge>
                ))}
              </div>
            </CardHeader>
            <CardContent className="space-y-4">
              <EndpointControls endpointId={endpoint.id} isEnabled={endpoint.isEnabled} />
              <h3 className="text-sm font-semibold">{t('log')}</h3>
              {logs[i]!.length === 0 ? (
                <p className="text-sm text-gray-600">{t('logEmpty')}</p>
              ) : (
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>{t('event')}</TableHead>
                      <TableHead>{t('status')}</TableHead>
                      <TableHead>{t('lastAttempt')}</TableHead>
                      <TableHead>
                        <span className="sr-only">{t('resend')}</span>
                      </TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {logs[i]!.map((delivery) => {
                      const last = delivery.attempts.at(-1);
                      return (
                        <TableRow key={delivery.messageId}>
                          <TableCell>
                            <code>{delivery.eventType}</code>
                            <div className="text-xs text-gray-600">
                              {format.dateTime(delivery.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
                            </div>
                          </TableCell>
                          <TableCell>
                            {t('deliveryStatus', { status: delivery.status })} · {t('attempts', { count: delivery.attempts.length })}
                          </TableCell>
                          <TableCell className="max-w-60 text-xs break-words">
                            {last
                              ? `${last.statusCode ?? last.error ?? ''} · ${t('latency', { ms: last.latencyMs })}${last.responseExcerpt ? ` · ${last.responseExcerpt.slice(0, 120)}` : ''}`
                              : '—'}
                          </TableCell>
                          <TableCell>
                            {endpoint.isEnabled ? <ResendButton endpointId={endpoint.id} messageId={delivery.messageId} /> : null}
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              )}
            </CardContent>
          </Card>
        ))
      )}
    </div>
  );
}
