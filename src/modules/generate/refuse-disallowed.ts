import { isClearlyDisallowed } from '@/lib/ai/prompt-guard';
import { AppError } from '@/lib/errors';

/**
 * The one refusal check for everything a person asks the AI to write (a site, a rewrite, a new
 * section): checked at the entry points before any quota is reserved, so a refused request is
 * never charged. Throws the person-facing refusal; the reason code goes to the error's details.
 */
export function assertAllowedRequest(text: string): void {
  const reason = isClearlyDisallowed(text);
  if (!reason) return;
  throw new AppError('VALIDATION', 'errors.generate.refused', { details: { reason } });
}
