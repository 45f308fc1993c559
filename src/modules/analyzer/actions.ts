'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { errorKey } from '@/lib/i18n/error-key';
import { getLocale } from '@/lib/i18n/server-locale';
import { requestIp } from '@/lib/request-ip';
import { requestAnalysis } from './request-analysis';

/** The public analyze form (no account): the URL's full check is requestAnalysis's. */
export const requestAnalysisAction = defineAction(
  z.object({ url: z.string().trim().min(1, errorKey('errors.analyzer.invalidUrl')).max(2048, errorKey('errors.analyzer.invalidUrl')) }),
  async (input) => {
    // A bare "example.com" is what people paste; https is what they mean.
    const url = /^[a-z][a-z0-9+.-]*:/i.test(input.url) ? input.url : `https://${input.url}`;
    return requestAnalysis({ url, clientIp: await requestIp(), locale: await getLocale() });
  },
);
