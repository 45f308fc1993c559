import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import en from '@/lib/i18n/messages/en.json';
import ptBR from '@/lib/i18n/messages/pt-BR.json';
import { describeCron } from '@/lib/jobs/cron-schedule';
import { jobPurposeValues, scheduleValues } from '@/app/(admin)/admin/jobs/job-words';
import { jobs } from '~inngest/functions';

const translators = {
  en: createTranslator({ locale: 'en', messages: en, namespace: 'admin.jobs' }),
  'pt-BR': createTranslator({ locale: 'pt-BR', messages: ptBR, namespace: 'admin.jobs' }),
};

describe('the jobs page in plain words', () => {
  it('every registered job says what it does, in both languages (a new job without words fails here)', () => {
    for (const [locale, t] of Object.entries(translators)) {
      const missing = jobs.filter((job) => t('purpose', jobPurposeValues(job.id)).trim() === '').map((job) => job.id);
      expect(missing, `${locale}: add the job to admin.jobs.purpose`).toEqual([]);
    }
  });

  it('every cron job’s schedule is said in words, the expression kept as the detail', () => {
    for (const job of jobs) {
      if (!('cron' in job.trigger)) continue;
      const { cron } = job.trigger;
      expect(describeCron(cron), `${job.id}: ${cron}`).not.toBeNull();
      expect(translators.en('schedule', scheduleValues(cron))).not.toBe(cron);
    }
  });

  it('reads like a person would say it', () => {
    const en = translators.en;
    expect(en('purpose', jobPurposeValues('push-usage-to-stripe'))).toBe('Sends usage to Stripe');
    expect(en('schedule', scheduleValues('* * * * *'))).toBe('Every minute');
    expect(en('schedule', scheduleValues('*/15 * * * *'))).toBe('Every 15 minutes');
    expect(en('schedule', scheduleValues('17 * * * *'))).toBe('Every hour, at minute 17');
    expect(en('schedule', scheduleValues('17 3 * * *'))).toBe('Every day at 03:17 (server time)');
    expect(en('schedule', scheduleValues('TZ=America/Sao_Paulo 0 18 * * *'))).toBe('Every day at 18:00 (America/Sao_Paulo)');
    expect(translators['pt-BR']('schedule', scheduleValues('*/5 * * * *'))).toBe('A cada 5 minutos');
    // A shape the words do not cover is shown as the expression itself.
    expect(describeCron('0 9 1 * *')).toBeNull();
    expect(en('schedule', scheduleValues('0 9 1 * *'))).toBe('0 9 1 * *');
  });
});
