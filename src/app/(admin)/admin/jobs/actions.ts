'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { unsafeRerunJobRun } from '@/lib/jobs/rerun-job-run';
import { requireAdmin } from '@/modules/accounts/server-session';
import { jobs } from '~inngest/functions';

// Here rather than in a module: re-running needs the list of jobs (inngest/functions), which
// only the app layer may import.
export const retryJobRunAction = defineAction('retryJobRunAction', z.object({ runId: z.uuid() }), async (input) => {
  const { claims } = await requireAdmin();
  const runId = await unsafeRerunJobRun(jobs, { runId: input.runId, adminId: claims.sub });
  revalidatePath('/admin/jobs');
  return { runId };
});
