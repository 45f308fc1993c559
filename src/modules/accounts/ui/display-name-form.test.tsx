import { describe, expect, it, vi } from 'vitest';
import type * as React from 'react';
import { renderIntl } from '@tests/helpers/render-intl';
import type { ActionResult } from '@/lib/actions/define-action';

// The action's result as a submission would leave it (a static render shows the first state).
const actionState = vi.hoisted(() => ({ current: null as ActionResult<{ displayName: string | null }> | null }));
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof React>();
  return { ...react, useActionState: () => [actionState.current, () => undefined, false] };
});
vi.mock('../profile-actions', () => ({ setDisplayNameAction: vi.fn() }));
const { DisplayNameForm } = await import('./display-name-form');

describe('DisplayNameForm', () => {
  it('starts with the saved name, labelled and hinted', () => {
    actionState.current = null;
    const html = renderIntl(<DisplayNameForm initialName="Ana Souza" />);
    expect(html).toMatch(/<label[^>]*>Name<\/label>/);
    expect(html).toMatch(/<input[^>]*name="displayName"[^>]*value="Ana Souza"/);
    expect(html).toContain('Leave it empty to show your email instead.');
  });

  it('a refused name: the error once, under the field, and the typed text kept', () => {
    const message = 'Your name cannot contain line breaks, tabs or other invisible characters.';
    actionState.current = { ok: false, error: { code: 'VALIDATION', message, fieldErrors: { displayName: [message] } } };
    const html = renderIntl(<DisplayNameForm initialName="Ana" />);
    expect(html.split(message).length - 1).toBe(1);
    expect(html).toMatch(/<input[^>]*aria-invalid="true"/);
  });

  it('says what the header shows now, in both languages', () => {
    actionState.current = { ok: true, data: { displayName: 'Ana Souza' } };
    expect(renderIntl(<DisplayNameForm initialName="Ana Souza" />)).toContain('The top of the page now shows “Ana Souza”.');
    actionState.current = { ok: true, data: { displayName: null } };
    expect(renderIntl(<DisplayNameForm initialName={null} />, 'pt-BR')).toContain('O topo da página volta a mostrar seu e-mail.');
  });
});
