import type { JobDefinition } from '@/lib/jobs/types';
import { publishSiteJob } from './publish-site';

/** Every durable job. /api/inngest serves them to Inngest; the in-process runner looks them up by event. */
// Each job has its own event payload type; the registry only routes by event name.
export const jobs: Array<JobDefinition<never>> = [publishSiteJob as JobDefinition<never>];

export function jobsFor(eventName: string): Array<JobDefinition<unknown>> {
  return jobs.filter((job) => job.event === eventName) as Array<JobDefinition<unknown>>;
}
