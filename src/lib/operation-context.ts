import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the one log line of an operation (a server action, a route handler, a job step) learns
 * while it runs: who the caller turned out to be. The operation's wrapper opens the context; the
 * auth adapters note the verified user when they verify (src/lib/claims.ts), wherever in the call
 * that happens — so no domain function passes ids around for the log's sake.
 */
export type OperationContext = {
  requestId?: string;
  /** Whose data: the claims' `sub` (the client, also while impersonated). */
  accountId?: string;
  /** Who acted: the impersonating admin (`act.sub`), else the account itself. */
  userId?: string;
};

const KEY = Symbol.for('page-magic.operation-context');
type Holder = { [KEY]?: AsyncLocalStorage<OperationContext> };

function storage(): AsyncLocalStorage<OperationContext> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new AsyncLocalStorage<OperationContext>());
}

export function runInOperation<T>(context: OperationContext, fn: () => T): T {
  return storage().run(context, fn);
}

export function currentOperation(): OperationContext | undefined {
  return storage().getStore();
}

/** Called with verified claims only; outside an operation it does nothing. */
export function noteOperationUser(accountId: string, actorId?: string): void {
  const context = storage().getStore();
  if (!context) return;
  context.accountId = accountId;
  context.userId = actorId ?? accountId;
}
