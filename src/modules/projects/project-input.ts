import { z } from 'zod';

// Subdomains we keep for ourselves (and common phishing bait).
const RESERVED_SLUGS = new Set([
  'www', 'app', 'api', 'admin', 'dashboard', 'mail', 'email', 'smtp', 'ftp', 'static', 'assets', 'cdn',
  'status', 'help', 'support', 'docs', 'blog', 'billing', 'login', 'signin', 'signup', 'auth', 'account',
  'pagemagic', 'page-magic', 'security', 'root', 'localhost',
]);

export const projectNameSchema = z
  .string({ error: 'Give your project a name.' })
  .trim()
  .min(1, 'Give your project a name.')
  .max(80, 'Keep the name under 80 characters.');

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'The address needs at least 2 characters.')
  .max(63, 'The address can have at most 63 characters.')
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, 'Use lowercase letters, numbers and single dashes; start and end with a letter or number.')
  .refine((s) => !s.includes('--'), 'Use single dashes only.')
  .refine((s) => !RESERVED_SLUGS.has(s), 'That address is reserved. Try another.');

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

export const uuidSchema = z.uuid({ error: 'Unknown project.' });
