import { describeCron } from '@/lib/jobs/cron-schedule';

// What the jobs page says about a job in words: `admin.jobs.purpose` (what it does, an ICU select
// on the job id) and `admin.jobs.schedule` (how often, from its cron expression). A test checks
// that every registered job has its words (tests/jobs/job-words.test.ts).

/** ICU select keys are identifiers without dashes: `push-usage-to-stripe` → `push_usage_to_stripe`. */
export function jobPurposeValues(functionId: string) {
  return { job: functionId.replaceAll('-', '_') };
}

/** The arguments of `admin.jobs.schedule`; an expression of another shape falls back to itself (`other`). */
export function scheduleValues(cron: string) {
  const words = describeCron(cron);
  return {
    every: words?.every ?? 'other',
    minutes: words?.every === 'minutes' ? words.minutes : 0,
    minute: words?.every === 'hour' ? words.minute : 0,
    time: words?.every === 'day' ? words.time : '',
    zone: words?.every === 'day' ? (words.timezone ?? 'server') : 'server',
    cron,
  };
}
