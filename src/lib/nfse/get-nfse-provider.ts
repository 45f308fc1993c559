import { z } from 'zod';
import { getEnv, type Env } from '@/lib/env';
import { createNfeioAdapter } from './nfeio-adapter';
import type { NfseProvider } from './types';

/** The embedded default: no provider. Issues nothing; its webhook accepts nothing. */
const notConfigured: NfseProvider = {
  kind: 'none',
  issue: async () => null,
  download: async () => {
    throw new Error('NFS-e not configured');
  },
  readWebhook: () => null,
};

const nfeioConfig = z.object({
  NFEIO_API_KEY: z.string().min(1),
  NFEIO_COMPANY_ID: z.string().min(1).max(100),
  NFSE_MUNICIPAL_REGISTRATION: z.string().min(1).max(40),
  NFSE_CITY_SERVICE_CODE: z.string().regex(/^[0-9A-Za-z.-]{1,20}$/),
});

/** What the agency sees of the configuration: which provider, and the registration it issues under. */
export type NfseConfigSummary = { provider: 'nfeio' | 'none'; municipalRegistration: string | null; serviceDescription: string };

export function describeNfse(env: Env = getEnv()): NfseConfigSummary {
  return {
    provider: env.NFEIO_API_KEY ? 'nfeio' : 'none',
    municipalRegistration: env.NFEIO_API_KEY ? (env.NFSE_MUNICIPAL_REGISTRATION ?? null) : null,
    serviceDescription: env.NFSE_SERVICE_DESCRIPTION,
  };
}

/**
 * NFE.io when NFEIO_API_KEY is set, else "not configured". A key without the company, the
 * municipal registration or the city service code is a half-done set-up: it throws naming the
 * missing variables (the job records that as its error, so the agency sees what to set), rather
 * than issuing NFS-e the city hall would reject.
 */
export function getNfseProvider(env: Env = getEnv()): NfseProvider {
  if (!env.NFEIO_API_KEY) return notConfigured;
  const config = nfeioConfig.safeParse(env);
  if (!config.success) {
    const names = [...new Set(config.error.issues.map((i) => i.path.join('.')))].join(', ');
    throw new Error(`NFS-e configuration incomplete: set ${names}`);
  }
  return createNfeioAdapter({
    apiKey: config.data.NFEIO_API_KEY,
    companyId: config.data.NFEIO_COMPANY_ID,
    cityServiceCode: config.data.NFSE_CITY_SERVICE_CODE,
    webhookSecret: env.NFEIO_WEBHOOK_SECRET,
    baseUrl: env.NFEIO_API_URL,
  });
}
