import { describe, expect, it, vi } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import type * as React from 'react';
import type { ActionResult } from '@/lib/actions/define-action';

// The forms keep their action's result in useActionState; a static render shows the first state,
// so the test hands in the state a submission would have left (the rest of React is untouched).
const actionState = vi.hoisted(() => ({ current: null as ActionResult<unknown> | null }));
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof React>();
  return { ...react, useActionState: () => [actionState.current, () => undefined, false] };
});

const { EmailOnlyForm, NewPasswordForm, PasswordForm } = await import('./auth-forms');

const action = async () => ({ ok: true as const, data: undefined });
const occurrences = (html: string, text: string) => html.split(text).length - 1;

function afterSubmit(state: ActionResult<unknown> | null) {
  actionState.current = state;
}

describe('sign-up form', () => {
  it('links the terms and the privacy notice under the button, in both languages', () => {
    afterSubmit(null);
    const en = renderIntl(<PasswordForm mode="sign-up" action={action} />);
    const legal = en.slice(en.indexOf('Create account'));
    expect(legal).toContain('By creating an account you agree to the');
    expect(legal).toMatch(/<a[^>]*href="\/terms"[^>]*>Terms of use<\/a>/);
    expect(legal).toMatch(/<a[^>]*href="\/privacy"[^>]*>Privacy policy<\/a>/);
    const pt = renderIntl(<PasswordForm mode="sign-up" action={action} />, 'pt-BR');
    expect(pt).toMatch(/Ao criar uma conta, você concorda com os <a[^>]*href="\/terms"[^>]*>Termos de uso<\/a>/);
    expect(pt).toMatch(/<a[^>]*href="\/privacy"[^>]*>Política de privacidade<\/a>/);
    // Signing in agrees to nothing new.
    expect(renderIntl(<PasswordForm mode="sign-in" action={action} />)).not.toContain('href="/terms"');
  });
});

describe('a form error is shown once', () => {
  const fieldState = (field: string, message: string): ActionResult<unknown> => ({
    ok: false,
    error: { code: 'VALIDATION', message, fieldErrors: { [field]: [message] } },
  });

  it('a field’s error only under its field, announced and described', () => {
    afterSubmit(fieldState('email', 'Enter a valid email address.'));
    const html = renderIntl(<PasswordForm mode="sign-up" action={action} />);
    expect(occurrences(html, 'Enter a valid email address.')).toBe(1);
    expect(html).not.toContain('data-slot="alert"');
    const errorId = /<p id="([^"]+)" role="alert" data-slot="field-error"[^>]*>Enter a valid email address\./.exec(html)?.[1];
    expect(errorId).toBeDefined();
    expect(html).toMatch(new RegExp(`<input[^>]*aria-describedby="${errorId}"[^>]*name="email"`));
  });

  it('a domain error that names its field (a published password) goes under that field too', () => {
    afterSubmit({ ok: false, error: { code: 'VALIDATION', message: 'That password is published.', details: { field: 'password' } } });
    const html = renderIntl(<PasswordForm mode="sign-up" action={action} />);
    expect(occurrences(html, 'That password is published.')).toBe(1);
    expect(html).toContain('data-slot="field-error"');
  });

  it('an error of the whole form is one banner (role="alert")', () => {
    afterSubmit({ ok: false, error: { code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect.' } });
    const html = renderIntl(<PasswordForm mode="sign-in" action={action} />);
    expect(occurrences(html, 'Email or password is incorrect.')).toBe(1);
    expect(html).toMatch(/<div data-slot="alert" role="alert"/);
  });

  it('the email-only and new-password forms too', () => {
    afterSubmit(fieldState('email', 'Enter a valid email address.'));
    expect(occurrences(renderIntl(<EmailOnlyForm purpose="magic-link" action={action as never} />), 'Enter a valid email address.')).toBe(
      1,
    );
    afterSubmit(fieldState('password', 'At least 8 characters.'));
    // The hint says the same words as the error here; the error itself appears once.
    expect(occurrences(renderIntl(<NewPasswordForm action={action} />), 'role="alert"')).toBe(1);
  });
});
