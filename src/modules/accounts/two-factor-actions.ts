'use server';

import { z } from 'zod';
import QRCode from 'qrcode';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { errorKey } from '@/lib/i18n/error-key';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { safeNext } from '@/lib/auth/safe-next';
import { requestIp } from '@/lib/request-ip';
import type { Session } from './resolve-session';
import { withSecondFactorAttempt } from './second-factor-attempts';
import { getAdmin, getSession, requestCookieJar } from './server-session';

/** Who is guessing, for the second-factor limits (second-factor-attempts.ts). */
async function guesser(session: Session) {
  return { userId: session.userId, sessionId: session.claims.session_id, ip: await requestIp() };
}

const code = z.string().trim().min(1, errorKey('errors.auth.twoFactorCodeRequired')).max(20, errorKey('errors.auth.twoFactorCodeWrong'));

async function signedIn() {
  const session = await getSession();
  if (!session) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
  // An admin acting as a client never changes the client's second factor.
  if (session.impersonation) throw new AppError('FORBIDDEN', 'errors.auth.notWhileImpersonating');
  return session;
}

/** A new secret and its QR code (an SVG data URL: drawn on the server, no script needed). */
export const startTwoFactorAction = defineAction('startTwoFactorAction', z.object({}), async () => {
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
export const confirmTwoFactorAction = defineAction('confirmTwoFactorAction', z.object({ factorId: z.uuid(), code }), async (input) => {
  const session = await signedIn();
  const jar = await requestCookieJar();
  return withSecondFactorAttempt(await guesser(session), () =>
    getAuthAdapter().confirmTotpEnrollment(jar, { factorId: input.factorId, code: input.code }),
  );
});

export const verifyTwoFactorAction = defineAction(
  'verifyTwoFactorAction',
  z.object({ code, next: z.string().max(2000).optional() }),
  async (input) => {
    const session = await getSession();
    if (!session) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
    const jar = await requestCookieJar();
    await withSecondFactorAttempt(await guesser(session), () => getAuthAdapter().verifySecondFactor(jar, { code: input.code }));
    redirect(safeNext(input.next));
  },
);

export const disableTwoFactorAction = defineAction('disableTwoFactorAction', z.object({ code }), async (input) => {
  const session = await signedIn();
  if (await getAdmin()) throw new AppError('FORBIDDEN', 'errors.auth.twoFactorRequiredForAdmins');
  const jar = await requestCookieJar();
  await withSecondFactorAttempt(await guesser(session), () => getAuthAdapter().disableTotp(jar, { code: input.code }));
  return { disabled: true };
});
