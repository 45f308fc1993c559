'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { errorKey } from '@/lib/i18n/error-key';
import { requireSession } from '@/modules/accounts/server-session';
import { pinPerformancePage } from './pin-performance-page';
import { unpinPerformancePage } from './unpin-performance-page';

// The per-site insights page shows the panel with these forms; the dashboard home shows the grade.
const insightsPage = (projectId: string) => `/dashboard/projects/${projectId}/insights`;

/** Pins a page of the site to be measured with its home page (owners and editors; the plan's limit is the database's). */
export const pinPerformancePageAction = defineAction(
  'pinPerformancePageAction',
  z.object({
    projectId: z.uuid(),
    // The full check (a path on the site, not the home page) is normalizePinnedPath's.
    path: z.string().trim().min(1, errorKey('errors.performance.invalidPath')).max(2000, errorKey('errors.performance.invalidPath')),
  }),
  async (input) => {
    const session = await requireSession();
    const page = await pinPerformancePage(session.claims, input);
    revalidatePath(insightsPage(input.projectId));
    return { id: page.id, path: page.path };
  },
);

export const unpinPerformancePageAction = defineAction(
  'unpinPerformancePageAction',
  z.object({ projectId: z.uuid(), pinId: z.uuid() }),
  async (input) => {
    const session = await requireSession();
    await unpinPerformancePage(session.claims, input);
    revalidatePath(insightsPage(input.projectId));
    return { pinId: input.pinId };
  },
);
