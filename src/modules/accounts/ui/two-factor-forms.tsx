'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Download, ShieldCheck } from 'lucide-react';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { Spinner } from '@/lib/ui/spinner';
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction, verifyTwoFactorAction } from '../two-factor-actions';

/** The 6-digit code field: numeric keyboard on phones, one-time-code autofill. */
function CodeInput({
  value,
  onChange,
  error,
  allowRecovery = false,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
  allowRecovery?: boolean;
}) {
  const t = useTranslations('account.twoFactor');
  return (
    <FormField label={t('code')} error={error}>
      {(control) => (
        <Input
          {...control}
          name="code"
          autoComplete="one-time-code"
          inputMode={allowRecovery ? 'text' : 'numeric'}
          spellCheck={false}
          required
          maxLength={20}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="max-w-48 font-mono tracking-widest"
        />
      )}
    </FormField>
  );
}

function Submit({
  pending,
  label,
  variant = 'primary',
}: {
  pending: boolean;
  label: string;
  variant?: 'primary' | 'secondary' | 'destructive';
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending}>
      {pending ? <Spinner /> : null}
      {label}
    </Button>
  );
}

/** The sign-in step after the password (or link): a code from the app, or a recovery code. */
export function TwoFactorChallengeForm({ next }: { next: string }) {
  const t = useTranslations('account.twoFactor');
  const [state, action, pending] = useActionState(verifyTwoFactorAction, null);
  const [code, setCode] = useState('');
  const error = fieldError(state, 'code');
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <CodeInput value={code} onChange={setCode} error={error} allowRecovery />
      {!error && state && !state.ok ? <FormError state={state} /> : null}
      <Submit pending={pending} label={t('verify')} />
    </form>
  );
}

type Enrollment = { factorId: string; secret: string; qrCode: string };

/**
 * The account's two-factor panel. One component whatever the state, so the recovery codes shown
 * right after turning it on stay on screen when the page re-renders as "on" (the server action
 * sets a new session cookie, which refreshes the server-rendered page around this component).
 */
export function TwoFactorPanel({ enrolled, canDisable }: { enrolled: boolean; canDisable: boolean }) {
  const t = useTranslations('account.twoFactor');
  const [started, start, starting] = useActionState(startTwoFactorAction, null);
  const [confirmed, confirm, confirming] = useActionState(confirmTwoFactorAction, null);
  const [code, setCode] = useState('');
  const enrollment: Enrollment | null = started?.ok ? started.data : null;

  if (confirmed?.ok) return <RecoveryCodes codes={confirmed.data.recoveryCodes} />;
  if (enrolled) return canDisable ? <TwoFactorDisableForm /> : <p className="text-sm text-slate-600">{t('adminCannotDisable')}</p>;

  if (!enrollment) {
    return (
      <form action={start} className="space-y-3">
        {started && !started.ok ? <FormError state={started} /> : null}
        <Submit pending={starting} label={t('start')} />
      </form>
    );
  }

  const error = fieldError(confirmed, 'code');
  return (
    <form action={confirm} className="space-y-4" noValidate>
      <input type="hidden" name="factorId" value={enrollment.factorId} />
      <p className="text-sm">{t('step1')}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server */}
      <img src={enrollment.qrCode} alt={t('step1')} width={192} height={192} className="rounded-lg border border-slate-200 bg-white" />
      <p className="text-sm text-slate-600">
        {t('manual')}{' '}
        <code data-testid="totp-secret" className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs break-all">
          {enrollment.secret}
        </code>
      </p>
      <p className="text-sm">{t('step2')}</p>
      <CodeInput value={code} onChange={setCode} error={error} />
      {!error && confirmed && !confirmed.ok ? <FormError state={confirmed} /> : null}
      <Submit pending={confirming} label={t('confirm')} />
    </form>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('account.twoFactor');
  const file = `data:text/plain;charset=utf-8,${encodeURIComponent(`Page Magic recovery codes\n\n${codes.join('\n')}\n`)}`;
  return (
    <div className="space-y-4">
      <Alert variant="success" role="status">
        {t('enabled')}
      </Alert>
      {codes.length > 0 ? (
        <section aria-labelledby="recovery-title" className="space-y-3">
          <h3 id="recovery-title" className="font-semibold">
            {t('codesTitle')}
          </h3>
          <p className="text-sm text-slate-600">{t('codesHint')}</p>
          <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-2 rounded-lg bg-slate-50 p-3 font-mono text-sm">
            {codes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <Button asChild variant="secondary">
            <a href={file} download="page-magic-recovery-codes.txt">
              <Download aria-hidden="true" />
              {t('download')}
            </a>
          </Button>
        </section>
      ) : (
        <p className="text-sm text-slate-600">{t('noRecoveryCodes')}</p>
      )}
    </div>
  );
}

/** Turning it off (clients only): a current code. */
function TwoFactorDisableForm() {
  const t = useTranslations('account.twoFactor');
  const [state, action, pending] = useActionState(disableTwoFactorAction, null);
  const [code, setCode] = useState('');
  if (state?.ok) return <Alert variant="info">{t('disabled')}</Alert>;
  const error = fieldError(state, 'code');
  return (
    <form action={action} className="space-y-3" noValidate>
      <p className="text-sm text-slate-600">{t('disableHint')}</p>
      <CodeInput value={code} onChange={setCode} error={error} />
      {!error && state && !state.ok ? <FormError state={state} /> : null}
      <Submit pending={pending} label={t('disable')} variant="secondary" />
    </form>
  );
}

export function TwoFactorOnBadge() {
  const t = useTranslations('account.twoFactor');
  return (
    <p className="flex items-center gap-2 text-sm font-medium text-green-800">
      <ShieldCheck aria-hidden="true" className="size-4" />
      {t('enabled')}
    </p>
  );
}
