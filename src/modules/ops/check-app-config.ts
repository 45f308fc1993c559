import { getDomain } from 'tldts';
import type { Env } from '@/lib/env';
import { ok, problem, skipped, warning, type CheckResult } from './doctor-check';

type AppEnv = Pick<Env, 'APP_URL' | 'ROOT_DOMAIN' | 'AUTH_SECRET' | 'DATABASE_URL'>;

/**
 * The app's own settings: a real deployment (DATABASE_URL) needs its own AUTH_SECRET (≥ 32
 * characters, src/lib/auth/secret.ts refuses less) and an https APP_URL, and published sites must
 * live on another registrable domain than the app so they never share its cookies.
 */
export function checkAppConfig(env: AppEnv): CheckResult {
  const name = 'app (APP_URL, ROOT_DOMAIN, AUTH_SECRET)';
  const problems: string[] = [];
  if (env.AUTH_SECRET !== undefined && env.AUTH_SECRET.length < 32) problems.push('AUTH_SECRET is shorter than 32 characters');
  if (env.DATABASE_URL && !env.AUTH_SECRET)
    problems.push('AUTH_SECRET is not set: a real database needs its own secret (openssl rand -base64 48)');
  const appHost = new URL(env.APP_URL).hostname;
  const rootHost = env.ROOT_DOMAIN.replace(/:\d+$/, '');
  const appSite = getDomain(appHost);
  if (appSite && appSite === getDomain(`x.${rootHost}`)) {
    problems.push(
      `ROOT_DOMAIN (${rootHost}) shares the registrable domain ${appSite} with APP_URL: published sites could read the app's cookies`,
    );
  }
  if (problems.length) return problem(name, problems.join('; '));
  if (!env.DATABASE_URL) return skipped(name, `embedded defaults: ${env.APP_URL}, sites at <slug>.${env.ROOT_DOMAIN}`);
  if (!env.APP_URL.startsWith('https://')) return warning(name, `APP_URL is ${env.APP_URL}: use https in production`);
  return ok(name, `${env.APP_URL}, sites at <slug>.${rootHost}`);
}
