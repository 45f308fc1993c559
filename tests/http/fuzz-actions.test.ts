import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inRequestScope } from '@tests/helpers/next-request-scope';
import { plausibleValue, recordsOf, toFormData, toJson, wrongType } from './fuzz-inputs';
import { createFuzzWorld, databaseFingerprint, SERVER_FAULTS, TOO_DEEP_MESSAGE, UNSAFE_TEXT_MESSAGE, type FuzzWorld } from './fuzz-world';
import { withoutReports } from './reported-errors';
import { APP_ORIGIN } from './route-handlers';
import { loadServerActions, schemaKeys, serverActionFiles, type ServerAction } from './server-actions';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@tests/helpers/next-request-scope')).nextHeadersMock);
vi.mock('next/server', async (importOriginal) =>
  (await import('@tests/helpers/next-request-scope')).withAfter(await importOriginal<object>()),
);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// What the code under test reports as unexpected: collected, and a failure (withoutReports).
vi.mock('@/lib/observability', async () => (await import('./reported-errors')).observabilityMock);

// Issue 10 #7: bad input gets a clear 4xx, never a 5xx, and nothing is half-written — for every
// server action (every export of every 'use server' file, found on disk), called as Next calls
// them (an input object, or useActionState's previous state and FormData) by a signed-in person.
// An action answers in its result: a VALIDATION error is its 400, INTERNAL / UNAVAILABLE its 5xx.

/** Exports of 'use server' files that are not defineAction actions: they take no input at all. */
const NO_INPUT: Record<string, string> = {
  'src/modules/accounts/auth-actions.ts#signOutAction': 'no arguments (and would end the fuzzing session)',
  'src/modules/accounts/admin-actions.ts#stopImpersonationAction': 'no arguments',
};

let world: FuzzWorld;
let actions: ServerAction[];
let records: ReturnType<typeof recordsOf>;

beforeAll(async () => {
  world = await createFuzzWorld();
  // The published site stays out of the actions' reach (they may unpublish or delete what they get).
  records = recordsOf(plausibleValue(world.spareProjectIds));
  actions = await loadServerActions();
}, 120_000);
afterAll(async () => {
  await world?.close();
});

function isNextControlFlow(err: unknown): boolean {
  const digest = err && typeof err === 'object' && 'digest' in err ? String(err.digest) : '';
  return /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest);
}

type ActionError = { code: string; message: string };

/** Calls an action as Next would; returns its error (null for ok or a redirect), throws for what would be a 500. */
async function callAction(action: ServerAction['action'], args: unknown[]): Promise<ActionError | null> {
  try {
    const result = (await inRequestScope({ jar: world.jar.clone(), headers: { host: 'app.test', origin: APP_ORIGIN } }, () =>
      action(...args),
    )) as { ok: true } | { ok: false; error: ActionError } | undefined;
    return result && !result.ok ? result.error : null;
  } catch (err) {
    if (isNextControlFlow(err)) return null;
    throw err;
  }
}

describe('every server action', () => {
  it('is found on disk and made with defineAction (or takes no input at all)', () => {
    expect(serverActionFiles().length).toBeGreaterThanOrEqual(8);
    const names = actions.map((a) => a.name);
    for (const name of Object.keys(NO_INPUT)) expect(names).toContain(name);
    expect(actions.filter((a) => !a.schema && !(a.name in NO_INPUT)).map((a) => a.name)).toEqual([]);
  });

  it('refuses unsafe text and absurd nesting with a validation error, and writes nothing', async () => {
    const before = await databaseFingerprint(world.handle);
    for (const { name, action, schema } of actions.filter((a) => a.schema)) {
      const keys = schemaKeys(schema!);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            records.unsafeRecordOver(keys).map((input) => [input]),
            records.unsafeRecordOver(keys, { isFlat: true }).map((input) => [undefined, toFormData(input)]),
          ),
          async (args) => {
            const error = await withoutReports(name, () => callAction(action, args));
            const what = `${name} ${toJson(args.at(-1)).slice(0, 120)}`;
            expect(error?.code, what).toBe('VALIDATION');
            expect([UNSAFE_TEXT_MESSAGE, TOO_DEEP_MESSAGE], what).toContain(error?.message);
          },
        ),
        { numRuns: 25 },
      );
    }
    expect(await databaseFingerprint(world.handle)).toBe(before);
    // Every server action in the app, 25 runs each: the time grows with the number of actions and the
    // machine's load (20 s at load 15 with ~60 actions), so it gets more than the suite's 30 s default.
  }, 120_000);

  it('answers anything else without a server fault', async () => {
    for (const { name, action, schema } of actions.filter((a) => a.schema)) {
      const keys = schemaKeys(schema!);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            { weight: 4, arbitrary: records.recordOver(keys).map((input) => [input]) },
            { weight: 2, arbitrary: records.recordOver(keys).map((input) => [undefined, toFormData(input)]) },
            { weight: 1, arbitrary: wrongType.map((input) => [input]) },
            { weight: 1, arbitrary: fc.tuple(wrongType, wrongType) },
          ),
          async (args) => {
            const error = await withoutReports(name, () => callAction(action, args));
            expect(SERVER_FAULTS.has(error?.code ?? ''), `${name} → ${error?.code}: ${toJson(args).slice(0, 160)}`).toBe(false);
          },
        ),
        { numRuns: 30 },
      );
    }
  }, 120_000);
});
