import { z } from 'zod';
import { sectionIdSchema } from '../primitives';
import { findKeysIn } from '../find-keys-in';

/** The name shown in the editor per UI locale; pt-PT only where it differs from pt-BR's. */
export type SectionLabel = { en: string; 'pt-BR': string; 'pt-PT'?: string };

type SectionConfig<T extends string, V extends readonly [string, ...string[]], F extends z.ZodRawShape> = {
  type: T;
  variants: V;
  fields: F;
  label: SectionLabel;
  /** Shown to the LLM: what the section is for and when to pick it. */
  description: string;
};

/**
 * Builds one entry of the section library. Every section shares `id`, `type` and an optional
 * `variant`; the rest are typed fields where visible text is always an `…Key` reference.
 */
export function defineSection<const T extends string, const V extends readonly [string, ...string[]], F extends z.ZodRawShape>(
  config: SectionConfig<T, V, F>,
) {
  const schema = z.object({
    id: sectionIdSchema,
    type: z.literal(config.type),
    variant: z.enum(config.variants).optional(),
    /** Kept in the document but left out of the site (the editor's "hide"); never generated. */
    hidden: z.boolean().optional(),
    ...config.fields,
  });
  return {
    type: config.type,
    schema,
    variants: config.variants,
    label: config.label,
    description: config.description,
    stringKeys: (section: z.infer<typeof schema>): string[] => findKeysIn(section),
  };
}
