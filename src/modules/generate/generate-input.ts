import { z } from 'zod';
import { siteStyles } from './engine/plan-schema';

export const SITE_LOCALES = ['en', 'pt-BR', 'es', 'fr', 'de'] as const;

export const generateRequestSchema = z.object({
  prompt: z.string({ error: 'Describe your site.' }).trim().min(3, 'Describe your site in a few words.').max(2000, 'Keep the description under 2,000 characters.'),
  locales: z.array(z.enum(SITE_LOCALES)).min(1, 'Pick at least one language.').max(5).refine((l) => new Set(l).size === l.length, 'Each language once.'),
  style: z.enum(siteStyles).optional(),
  businessKind: z.string().trim().max(40).optional(),
  seed: z.number().int().min(0).max(2 ** 31).optional(),
});
export type GenerateRequest = z.infer<typeof generateRequestSchema>;

export const editRequestSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('rewrite_section'), sectionId: z.string().min(1).max(64), instruction: z.string().trim().min(1, 'Say how to change it.').max(500) }),
  z.object({ action: z.literal('add_section'), type: z.string().min(1).max(40), position: z.number().int().min(0).max(50).optional() }),
  z.object({ action: z.literal('add_locale'), locale: z.enum(SITE_LOCALES) }),
  z.object({ action: z.literal('continue'), document: z.unknown() }),
]);
export type EditRequest = z.infer<typeof editRequestSchema>;
