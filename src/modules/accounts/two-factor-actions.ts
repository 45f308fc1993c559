'use server';

import { z } from 'zod';
import QRCode from 'qrcode';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { errorKey } from '@/lib/i18n/error-key';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { safeNext } from '@/lib/auth/safe-next';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { getAdmin, getSession, requestCookieJar } from './server-session';

// Six digits are a million guesses: a few tries per account per quarter hour, whoever asks.
const CODE_ATTEMPTS = { limit: 10, windowSeconds: 15 * 60 };

const code = z.string().trim().min(1, errorKey('errors.auth.twoFactorCodeRequired')).max(20, errorKey('errors.auth.twoFactorCodeWrong'));

async function signedIn() {
  const session = await getSession();
  if (!session) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
  // An admin acting as a client never changes the client's second factor.
  if (session.impersonation) throw new AppError('FORBIDDEN', 'errors.auth.notWhileImpersonating');
  return session;
}

/** A new secret and its QR code (an SVG data URL: drawn on the server, no script needed). */
export const startTwoFactorAction = defineAction(z.object({}), async () => {
  await signedIn();
  const enrollment = await getAuthAdapter().startTotpEnrollment(await requestCookieJar());
  const svg = await QRCode.toString(enrollment.uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return {
    factorId: enrollment.factorId,
    secret: enrollment.secret,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  };
});

// Factor ids are UUIDs (ours and Supabase Auth's); anything else is refused here, not by the database.
export const confirmTwoFactorAction = defineAction(z.object({ factorId: z.uuid(), code }), async (input) => {
  const session = await signedIn();
  await enforceRateLimit('twoFactor', session.userId, CODE_ATTEMPTS);
  return getAuthAdapter().confirmTotpEnrollment(await requestCookieJar(), { factorId: input.factorId, code: input.code });
});

export const verifyTwoFactorAction = defineAction(z.object({ code, next: z.string().max(2000).optional() }), async (input) => {
  const session = await getSession();
  if (!session) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
  await enforceRateLimit('twoFactor', session.userId, CODE_ATTEMPTS);
  await getAuthAdapter().verifySecondFactor(await requestCookieJar(), { code: input.code });
  redirect(safeNext(input.next));
});

export const disableTwoFactorAction = defineAction(z.object({ code }), async (input) => {
  const session = await signedIn();
  if (await getAdmin()) throw new AppError('FORBIDDEN', 'errors.auth.twoFactorRequiredForAdmins');
  await enforceRateLimit('twoFactor', session.userId, CODE_ATTEMPTS);
  await getAuthAdapter().disableTotp(await requestCookieJar(), { code: input.code });
  return { disabled: true };
});
