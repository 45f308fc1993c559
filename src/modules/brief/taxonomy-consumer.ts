import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import content from './content/taxonomy-consumer.json';
import { taxonomyRowSchema } from './content-schemas';
import { kind, type TaxonomyKind } from './taxonomy-types';

// Food, beauty, fitness and health: businesses people walk into. Keywords are folded.
// The rows are content (content/taxonomy-consumer.json); each becomes a kind as `kind(…)` makes it.
export const consumerKinds: readonly TaxonomyKind[] = parseContent(
  'src/modules/brief/content/taxonomy-consumer.json',
  z.array(taxonomyRowSchema),
  content,
).map(({ note: _note, id, family, schemaKind, noun, keywords, ...options }) =>
  kind(id, family, schemaKind, noun, keywords.join('|'), options),
);
