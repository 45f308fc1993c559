import type { Env } from '@/lib/env';
import { describeFailure, ok, problem, skipped, warning, type CheckResult } from './doctor-check';

/** `Page Magic <hello@example.com>` or `hello@example.com` → `example.com`. */
export function senderDomain(from: string): string | undefined {
  const address = from.match(/<([^<>]+)>\s*$/)?.[1] ?? from;
  return address
    .trim()
    .match(/^[^@\s]+@([^@\s]+)$/)?.[1]
    ?.toLowerCase();
}

/**
 * Resend: the domain of EMAIL_FROM is one of the account's domains and verified (its SPF and DKIM
 * records found), asked through Resend's SDK (`domains.list`). A sending-only key cannot list
 * domains: that is said, not guessed.
 */
export async function checkEmailSender(
  env: Pick<Env, 'RESEND_API_KEY' | 'EMAIL_FROM'>,
  options: { baseUrl?: string } = {},
): Promise<CheckResult> {
  const name = 'email (Resend sender)';
  if (!env.RESEND_API_KEY) return skipped(name, 'RESEND_API_KEY is not set: mails go to the outbox (terminal and /admin/outbox)');
  const domain = senderDomain(env.EMAIL_FROM);
  if (!domain) return problem(name, 'EMAIL_FROM is not an address ("Page Magic <hello@your-domain>")');
  if (domain.endsWith('.local'))
    return problem(name, `EMAIL_FROM is still the embedded default (@${domain}): use an address at your verified domain`);
  try {
    const { Resend } = await import('resend');
    const resend = new Resend(env.RESEND_API_KEY, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
    const { data, error } = await resend.domains.list();
    if (error) {
      if (error.name === 'restricted_api_key') {
        return warning(
          name,
          `RESEND_API_KEY may only send, so the doctor cannot see whether ${domain} is verified: check it at resend.com/domains`,
        );
      }
      if (error.statusCode === 401 || error.statusCode === 403 || error.name === 'validation_error') {
        return problem(name, `Resend refused RESEND_API_KEY (${error.statusCode ?? error.name})`);
      }
      return problem(name, `Resend answered: ${error.message}`);
    }
    const found = data?.data.find((d) => d.name.toLowerCase() === domain);
    if (!found) return problem(name, `${domain} (EMAIL_FROM) is not a domain of this Resend account: add it and its DNS records`);
    if (found.status !== 'verified') {
      return problem(name, `${domain} is ${found.status.replace(/_/g, ' ')} at Resend: add the DNS records it shows, then verify`);
    }
    return ok(name, `${domain} is verified at Resend`);
  } catch (err) {
    return problem(name, `Resend does not answer: ${describeFailure(err)}`);
  }
}
