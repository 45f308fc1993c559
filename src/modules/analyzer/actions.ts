'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { errorKey } from '@/lib/i18n/error-key';
import { getLocale } from '@/lib/i18n/server-locale';
import { requestIp } from '@/lib/request-ip';
import { withDefaultScheme } from './check-target-url';
import { requestAnalysis } from './request-analysis';
import { reportByEmailInputSchema, requestReportByEmail } from './request-report-by-email';

/** The public analyze form (no account): the URL's full check is requestAnalysis's. */
export const requestAnalysisAction = defineAction(
  'requestAnalysisAction',
  z.object({ url: z.string().trim().min(1, errorKey('errors.analyzer.invalidUrl')).max(2048, errorKey('errors.analyzer.invalidUrl')) }),
  async (input) => {
    return requestAnalysis({ url: withDefaultScheme(input.url), clientIp: await requestIp(), locale: await getLocale() });
  },
);

/** "Email me when it finishes" on a failed analysis's page (no account). */
export const requestReportByEmailAction = defineAction('requestReportByEmailAction', reportByEmailInputSchema, async (input) =>
  requestReportByEmail({ ...input, clientIp: await requestIp(), locale: await getLocale() }),
);
