'use client';

import { useActionState, useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { requestAnalysisAction } from '../actions';

/** The analyze action's state, and the visitor taken to the analysis page once it is queued. */
export function useRequestAnalysis() {
  const router = useRouter();
  const [state, action, pending] = useActionState(requestAnalysisAction, null);
  useEffect(() => {
    if (state?.ok) router.push(`/analyze/${state.data.id}`);
  }, [state, router]);
  return [state, action, pending] as const;
}
