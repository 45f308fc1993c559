import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import { describeNotification, messageValues } from '@/modules/notifications/describe-notification';
import { notificationEventSchema, type NotificationEventInput } from '@/modules/notifications/events';

const projectId = '8f1d2b7e-55c4-4a36-9d0e-0f3b7a1c2d3e';
const incidentId = '1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b';

function render(input: NotificationEventInput, locale: 'en' | 'pt-BR') {
  const event = notificationEventSchema.parse(input);
  const content = describeNotification(event, 'Bakery');
  const t = createTranslator({ ...emailIntl(locale), namespace: 'notifications' });
  const values = messageValues(event.kind, content.params);
  return { link: content.link, title: t('message.title', values), body: t('message.body', values), cta: t('message.cta', values) };
}

describe('issue 18 notification kinds', () => {
  it('site.down names the host and the cause, in both languages, and links to the insights page', () => {
    const down = {
      kind: 'site.down',
      eventId: 'e1',
      projectId,
      incidentId,
      host: 'bakery.example.com',
      cause: 'http_status',
      statusCode: 503,
    } as const;
    const en = render(down, 'en');
    expect(en.title).toBe('bakery.example.com is down');
    expect(en.body).toContain('HTTP 503');
    expect(en.link).toBe(`/dashboard/projects/${projectId}/insights`);
    const pt = render(down, 'pt-BR');
    expect(pt.title).toBe('bakery.example.com está fora do ar');
    expect(pt.body).toContain('HTTP 503');
    expect(render({ ...down, cause: 'timeout', statusCode: undefined }, 'en').body).toContain('time limit');
  });

  it('site.recovered says how long the site was down, rounded to minutes', () => {
    const up = {
      kind: 'site.recovered',
      eventId: 'e2',
      projectId,
      incidentId,
      host: 'bakery.example.com',
      durationMs: 7 * 60_000 + 10_000,
    } as const;
    expect(render(up, 'en').body).toContain('after 7 minutes down');
    expect(render(up, 'pt-BR').body).toContain('depois de 7 minutos');
    expect(render({ ...up, durationMs: 20_000 }, 'en').body).toContain('after 1 minute down');
  });

  it('site.performance_dropped tells a score drop from a vital turning poor', () => {
    const score = {
      kind: 'site.performance_dropped',
      eventId: 'e3',
      projectId,
      metric: 'performance',
      drop: 'score',
      previous: 92,
      current: 78,
    } as const;
    expect(render(score, 'en').title).toBe('Performance dropped on Bakery');
    expect(render(score, 'en').body).toContain('from 92 to 78');
    const poor = { kind: 'site.performance_dropped', eventId: 'e4', projectId, metric: 'lcp', drop: 'poor', current: 4800 } as const;
    expect(render(poor, 'pt-BR').title).toBe('Velocidade de carregamento (LCP) caiu em Bakery');
    expect(render(poor, 'en').body).toContain('“poor”');
  });

  it('rejects an unknown cause or metric where it is emitted', () => {
    expect(() =>
      notificationEventSchema.parse({ kind: 'site.down', eventId: 'e', projectId, incidentId, host: 'x', cause: 'nope' }),
    ).toThrow();
    expect(() =>
      notificationEventSchema.parse({ kind: 'site.performance_dropped', eventId: 'e', projectId, metric: 'fid', drop: 'poor' }),
    ).toThrow();
  });
});
