import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Whom the model calls made inside a piece of work are for: the project (the database derives
 * the account, its owner) and the generation that pays for them. The generate module's entry
 * points open a scope around the engine; generateStructured reads it, so engine functions do not
 * pass ids around for the record's sake. Calls outside any scope (engine unit tests, tools) are
 * not recorded: there is no tenant to record them for.
 *
 * Async generators resume in their caller's context, so a caller that drives one wraps each
 * `next()` in `runWithAiCallScope` (run-site-generation.ts does).
 */
export type AiCallScope = {
  projectId: string;
  generationId?: string;
};

const KEY = Symbol.for('page-magic.ai-call-scope');
type Holder = { [KEY]?: AsyncLocalStorage<AiCallScope> };

function storage(): AsyncLocalStorage<AiCallScope> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new AsyncLocalStorage<AiCallScope>());
}

export function runWithAiCallScope<T>(scope: AiCallScope, fn: () => T): T {
  return storage().run(scope, fn);
}

export function currentAiCallScope(): AiCallScope | undefined {
  return storage().getStore();
}
