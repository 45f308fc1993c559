'use client';

import { useSyncExternalStore } from 'react';
import { readRequestReference } from '@/lib/request-reference';

const noSubscription = () => () => {};

/**
 * The id of the last page request (the proxy's reference cookie): what the error pages show, so
 * a person can read out the id that the request's log line and Sentry event carry. Undefined on
 * the server and while hydrating (the server snapshot), so hydration never mismatches.
 */
export function useRequestReference(): string | undefined {
  return useSyncExternalStore(
    noSubscription,
    () => readRequestReference(document.cookie),
    () => undefined,
  );
}
