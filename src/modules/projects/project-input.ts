import { z } from 'zod';
import { errorKey } from '@/lib/i18n/error-key';

// Subdomains we keep for ourselves (and common phishing bait).
const RESERVED_SLUGS = new Set([
  'www',
  'app',
  'api',
  'admin',
  'dashboard',
  'mail',
  'email',
  'smtp',
  'ftp',
  'static',
  'assets',
  'cdn',
  'status',
  'help',
  'support',
  'docs',
  'blog',
  'billing',
  'login',
  'signin',
  'signup',
  'auth',
  'account',
  'pagemagic',
  'page-magic',
  'security',
  'root',
  'localhost',
]);

export const projectNameSchema = z
  .string({ error: errorKey('errors.projects.nameRequired') })
  .trim()
  .min(1, errorKey('errors.projects.nameRequired'))
  .max(80, errorKey('errors.projects.nameTooLong'));

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, errorKey('errors.projects.slugTooShort'))
  .max(63, errorKey('errors.projects.slugTooLong'))
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, errorKey('errors.projects.slugFormat'))
  .refine((s) => !s.includes('--'), errorKey('errors.projects.slugDashes'))
  .refine((s) => !RESERVED_SLUGS.has(s), errorKey('errors.projects.slugReserved'));

/** "Padaria Vegana Lisboa!" → "padaria-vegana-lisboa". */
export function slugify(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '');
  return base.length >= 2 ? base : `site-${base || 'new'}`;
}

export const uuidSchema = z.uuid({ error: errorKey('errors.projects.unknown') });
