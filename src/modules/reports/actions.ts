'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { getRealClaims } from '@/modules/accounts/server-session';
import { generateMonthlyReport } from './generate-monthly-report';

/**
 * An admin generates a client's report for a month (the month input's YYYY-MM). Always with the
 * admin's own claims, never impersonated ones; the domain function re-checks the role, RLS checks
 * again, and the write is audited by the database.
 */
export const generateMonthlyReportAction = defineAction(
  'generateMonthlyReportAction',
  z.object({ clientId: z.uuid(), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
  async (input) => {
    const claims = await getRealClaims();
    if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
    const row = await generateMonthlyReport(claims, input);
    revalidatePath(`/admin/clients/${input.clientId}`);
    return { id: row.id, month: row.month };
  },
);
