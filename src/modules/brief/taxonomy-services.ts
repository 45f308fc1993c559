import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import content from './content/taxonomy-services.json';
import { taxonomyRowSchema } from './content-schemas';
import { kind, type TaxonomyKind } from './taxonomy-types';

// Professional, trades, learning, tech, creative, hospitality, retail and community kinds.
// The rows are content (content/taxonomy-services.json); each becomes a kind as `kind(…)` makes it.
export const serviceKinds: readonly TaxonomyKind[] = parseContent(
  'src/modules/brief/content/taxonomy-services.json',
  z.array(taxonomyRowSchema),
  content,
).map(({ note: _note, id, family, schemaKind, noun, keywords, ...options }) =>
  kind(id, family, schemaKind, noun, keywords.join('|'), options),
);
