import { z } from 'zod';
import { AppError, toUserError, toValidationError, type UserError } from '@/lib/errors';
import { errorKey } from '@/lib/i18n/error-key';
import type { Locale } from '@/lib/i18n/translate';
import { reportError } from '@/lib/observability';
import { findUnsafeInput } from '@/lib/http/unsafe-input';
import { REQUEST_ID_HEADER, logOperation, newRequestId, requestIdFrom, type Outcome } from '@/lib/log';
import { boundedLabel, getMetrics } from '@/lib/metrics';
import { currentOperation, runInOperation, type OperationContext } from '@/lib/operation-context';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: UserError & { fieldErrors?: Record<string, string[]> } };

/** FormData → plain object (last value wins; `name[]` collects arrays). */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue; // React's own fields
    if (key.endsWith('[]')) {
      const k = key.slice(0, -2);
      out[k] = [...((out[k] as unknown[]) ?? []), value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The person's locale; English outside a request (a script or a test calling the action). */
async function requestLocale(): Promise<Locale> {
  try {
    const { getLocale } = await import('@/lib/i18n/server-locale');
    return await getLocale();
  } catch {
    return 'en';
  }
}

// zod's catalogs: `pt` is European Portuguese ("o URL"), `ptBR` Brazilian. English is zod's default.
const ZOD_LOCALE: Partial<Record<Locale, () => { error: z.core.$ZodErrorMap }>> = {
  'pt-BR': () => ({ error: z.locales.ptBR().localeError }),
  'pt-PT': () => ({ error: z.locales.pt().localeError }),
};

type Action = (first: unknown, second?: unknown) => Promise<ActionResult<unknown>>;

// Each action's input schema, for tests that must cover every action (tests/http/fuzz-boundaries
// builds inputs from it). A WeakMap rather than a property: the exported function stays exactly
// what Next registers as the server reference.
const inputSchemas = new WeakMap<Action, z.ZodType>();

/** The zod schema an action made with defineAction validates its input with (undefined for any other function). */
export function actionInputSchema(action: unknown): z.ZodType | undefined {
  return typeof action === 'function' ? inputSchemas.get(action as Action) : undefined;
}

function unsafeInputError(path: (string | number)[], isTooDeep: boolean): z.ZodError {
  const message = isTooDeep ? errorKey('errors.common.invalidRequest') : errorKey('errors.common.unsafeText');
  // A FormData field's path is its name (`slug`), as zod's own issues name it.
  return new z.ZodError([{ code: 'custom', message, path: path.map(String), input: undefined }]);
}

/** The request's id, set by the proxy (src/proxy.ts); a new one outside a request (a test, a script). */
async function requestIdOfCall(): Promise<string> {
  try {
    const { headers } = await import('next/headers');
    return requestIdFrom((await headers()).get(REQUEST_ID_HEADER));
  } catch {
    return newRequestId();
  }
}

function isNextControlFlow(err: unknown): boolean {
  return Boolean(
    err &&
    typeof err === 'object' &&
    'digest' in err &&
    typeof err.digest === 'string' &&
    /^NEXT_(REDIRECT|HTTP_ERROR|NOT_FOUND)/.test(err.digest),
  );
}

/**
 * The one shape of every server action: validate (zod) → resolve the caller
 * (inside `run`) → call the domain function → `{ ok, data }` or
 * `{ ok: false, error: { code, message } }`. Unexpected errors are reported
 * and replaced by a generic message; nothing raw reaches the browser. Error
 * messages are in the person's language (domain code throws message keys).
 *
 * Each call writes one log line (src/lib/log.ts: the action's name, the request id, the user and
 * account ids the session resolved, outcome, duration) and counts into the action metrics. The
 * name is the exported binding's (`defineAction('createTicket', …)`): nothing at run time knows it.
 */
export function defineAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (input: z.output<S>) => Promise<T>,
): (first: unknown, second?: unknown) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>) => Promise<T>,
): (first: unknown, second?: unknown) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T>(
  ...args: [string, S, (input: z.output<S>) => Promise<T>] | [S, (input: z.output<S>) => Promise<T>]
) {
  const [name, schema, run] = args.length === 3 ? args : ['unnamed', ...args];
  // Callable directly (`action(input)`) or through useActionState
  // (`action(previousState, formData)`).
  const action = async (first: unknown, second?: unknown): Promise<ActionResult<T>> => {
    const startedAt = performance.now();
    const context: OperationContext = { requestId: await requestIdOfCall() };
    let outcome: Outcome = 'error';
    let errorCode: string | undefined;
    try {
      const result = await runInOperation(context, () => runAction(first, second));
      outcome = result.ok ? 'ok' : 'refused';
      if (!result.ok) {
        errorCode = result.error.code;
        if (errorCode === 'INTERNAL') outcome = 'error';
      }
      return result;
    } catch (err) {
      // A redirect or notFound() is how the action ends well.
      outcome = isNextControlFlow(err) ? 'ok' : 'error';
      throw err;
    } finally {
      const durationMs = performance.now() - startedAt;
      const metrics = getMetrics();
      metrics.actions.inc({ action: boundedLabel(name), outcome });
      metrics.actionDuration.observe({ action: boundedLabel(name) }, durationMs / 1000);
      logOperation({
        kind: 'action',
        requestId: context.requestId ?? newRequestId(),
        name,
        outcome,
        durationMs,
        ...(context.userId ? { userId: context.userId } : {}),
        ...(context.accountId ? { accountId: context.accountId } : {}),
        ...(errorCode ? { errorCode } : {}),
      });
    }
  };

  async function runAction(first: unknown, second?: unknown): Promise<ActionResult<T>> {
    const raw = second instanceof FormData ? second : first;
    const locale = await requestLocale();
    // Text the database cannot store (NUL, other control characters, lone surrogates) or an absurd
    // nesting is refused here, for every action at once, before the schema or any query sees it.
    const unsafe = findUnsafeInput(raw);
    if (unsafe) return { ok: false, error: toValidationError(unsafeInputError(unsafe.path, unsafe.reason === 'too-deep'), locale) };
    // zod's own messages (wrong type, …) in Portuguese too; our schemas' custom messages are keys, rendered by toValidationError.
    const parsed = schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw, ZOD_LOCALE[locale]?.());
    if (!parsed.success) return { ok: false, error: toValidationError(parsed.error, locale) };
    try {
      return { ok: true, data: await run(parsed.data) };
    } catch (err) {
      // Next's redirect()/notFound() work by throwing; let them through.
      if (isNextControlFlow(err)) throw err;
      if (!(err instanceof AppError) || err.code === 'INTERNAL')
        reportError(err, { action: name, requestId: currentOperation()?.requestId });
      return { ok: false, error: toUserError(err, locale) };
    }
  }
  inputSchemas.set(action, schema);
  return action;
}
