import { z } from 'zod';

/**
 * What a key may do through /api/v1. One list: the SQL check on api_keys.scopes, the settings
 * page's checkboxes, the routes' requirements and the OpenAPI document all derive from it
 * (tests/api/api-keys.test.ts holds the SQL list to this one).
 */
export const API_SCOPES = ['read', 'write', 'generate', 'publish', 'leads', 'tickets', 'agency'] as const;
export type ApiScope = (typeof API_SCOPES)[number];
export const apiScopeSchema = z.enum(API_SCOPES);

/** Scopes only an agency admin may give a key (RLS refuses them for anyone else too). */
export const ADMIN_ONLY_SCOPES: readonly ApiScope[] = ['agency'];
