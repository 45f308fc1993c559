import type { z } from 'zod';

/** The `.min()`/`.max()` of a zod array, read from its checks (zod 4 keeps them there). */
export function arrayBounds(schema: z.ZodArray): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const entry of schema._zod.def.checks ?? []) {
    const def: unknown = entry._zod.def;
    if (def === null || typeof def !== 'object') continue;
    if ('check' in def && def.check === 'min_length' && 'minimum' in def && typeof def.minimum === 'number') bounds.min = def.minimum;
    if ('check' in def && def.check === 'max_length' && 'maximum' in def && typeof def.maximum === 'number') bounds.max = def.maximum;
  }
  return bounds;
}
