import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { siteDocumentSchema, type SiteDocument } from '@/modules/document/site-document-schema';
import { applyEdit, applyEditInFull } from './apply-edit';
import type { EditOperation } from './edit-operation';
import { opFrom, seedArb } from './testing/random-edit';

// Random sequences of edits (testing/random-edit.ts). Two properties: every state reached is a
// valid document, and applying the inverses newest-first gives back the original exactly.

describe.each([
  ['vegan bakery', veganBakery],
  ['every section type', allSectionsDocument],
])('random edit sequences on %s', (_name, original) => {
  it('never produce an invalid document, and undoing all of them gives back the original', () => {
    fc.assert(
      fc.property(fc.array(seedArb, { minLength: 1, maxLength: 25 }), (seeds) => {
        let document = original;
        const inverses: EditOperation[] = [];
        for (const seed of seeds) {
          const result = applyEdit(document, opFrom(document, seed));
          if (!result.ok) continue;
          expect(siteDocumentSchema.safeParse(result.document).success).toBe(true);
          document = result.document;
          inverses.push(result.inverse);
        }
        for (const inverse of inverses.reverse()) {
          const result = applyEdit(document, inverse);
          if (!result.ok) throw new Error(`an inverse was refused: ${result.refusal.reason ?? result.refusal.key}`);
          document = result.document;
        }
        expect(document).toEqual(original);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the keystroke shortcut for texts', () => {
  const textArb = fc.record({
    locale: fc.constantFrom('en', 'pt-BR', 'fr', 'EN'),
    key: fc.oneof(fc.constantFrom('hero.title', 'menu.items.0.name', 'brand-new.key', 'bad key', ''), fc.string({ maxLength: 12 })),
    value: fc.oneof(fc.constant(null), fc.string({ maxLength: 20 }), fc.constantFrom('x'.repeat(5000), 'x'.repeat(5001))),
  });

  it('gives exactly what the full clone-apply-parse path gives (document, inverse or refusal)', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 20 }), (ops) => {
        let document: SiteDocument = veganBakery;
        for (const text of ops) {
          const op: EditOperation = { op: 'set-text', ...text };
          const quick = applyEdit(document, op);
          const full = applyEditInFull(document, op);
          expect(quick).toEqual(full);
          if (quick.ok) document = quick.document;
        }
      }),
      { numRuns: 200 },
    );
  });
});
