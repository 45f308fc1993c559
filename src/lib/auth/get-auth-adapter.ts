import { describeAdapters } from '@/lib/env';
import { createLocalAuthAdapter } from './local-adapter';
import { createSupabaseAuthAdapter } from './supabase-adapter';
import type { AuthAdapter } from './types';

let adapter: AuthAdapter | undefined;

export function getAuthAdapter(): AuthAdapter {
  adapter ??= describeAdapters().auth === 'supabase' ? createSupabaseAuthAdapter() : createLocalAuthAdapter();
  return adapter;
}

export function useAuthAdapterForTests(next: AuthAdapter | undefined): void {
  adapter = next;
}
