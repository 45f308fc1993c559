import { describe, expect, it } from 'vitest';
import { normalizePlan } from './normalize-plan';
import { planSchema, type ModelPlan } from './plan-schema';
import { repairPlan } from './repair-plan';

const LOCALES = ['en', 'pt-BR'];

function plan(types: ModelPlan['sections'][number][]): ModelPlan {
  return {
    sections: types,
    name: 'Green Crumb',
    kind: 'Bakery',
    tagline: 'Vegan bread',
    style: 'elegant',
    palette: 'sunrise',
    fonts: 'classic-serif',
    seo: { en: { title: 'Green Crumb', description: 'Vegan bakery' }, 'pt-BR': { title: 'Green Crumb', description: 'Padaria vegana' } },
  };
}

describe('plan schema, repair and normalization', () => {
  it('accepts a compact plan and rejects planning unusable section types', () => {
    expect(planSchema(LOCALES).safeParse(plan(['hero', 'features', 'about', 'menu', 'faq', 'footer'])).success).toBe(true);
    const withGallery = { ...plan(['hero', 'features', 'about', 'menu', 'faq', 'footer']), sections: ['gallery'] };
    expect(planSchema(LOCALES).safeParse(withGallery).success).toBe(false);
  });

  it('repairs enum case, unknown types, missing locales and too few sections', () => {
    const repaired = repairPlan(
      {
        name: 'Green Crumb',
        kind: 'bakery',
        style: 'Elegant',
        palette: 'nope',
        seo: { en: { title: 'Green Crumb', description: 'Vegan bakery' } },
        sections: [{ type: 'Hero', brief: 'x'.repeat(300) }, { type: 'carousel' }, { type: 'footer', brief: 'links' }],
      },
      LOCALES,
    );
    expect(repaired).not.toBeNull();
    expect(planSchema(LOCALES).safeParse(repaired).success).toBe(true);
    expect(repaired?.kind).toBe('Bakery');
    expect(repaired?.style).toBe('elegant');
    expect(repaired?.palette).toBe('slate');
    expect(repaired?.seo['pt-BR']).toEqual({ title: 'Green Crumb', description: 'Vegan bakery' });
    expect(repaired?.sections).toEqual(['hero', 'features', 'about', 'testimonials', 'faq', 'footer']);
    expect(repairPlan({ sections: [] }, LOCALES)).toBeNull();
  });

  it('asks for no per-section briefs (no call could read them in time) and reads a plan that still writes them', () => {
    const shape = Object.keys(planSchema(LOCALES).shape);
    expect(shape).toEqual(['sections', 'name', 'kind', 'tagline', 'style', 'palette', 'fonts', 'seo']);
    const older = { ...plan(['hero', 'menu', 'faq', 'contact', 'about', 'footer']), briefs: ['h', 'm', 'f', 'k', 'a', 'x'] };
    const parsed = planSchema(LOCALES).safeParse(older);
    expect(parsed.success).toBe(true);
    const normalized = normalizePlan(parsed.data!);
    expect(normalized.sections.map(({ id, brief }) => `${id}:${brief}`)).toEqual([
      'hero:',
      'menu:',
      'faq:',
      'contact:',
      'about:',
      'footer:',
    ]);
    expect(normalized).not.toHaveProperty('briefs');
    const repaired = repairPlan({ ...older, sections: ['hero', 'menu', 'Carousel', 'faq', 'contact', 'footer'] }, LOCALES);
    expect(repaired?.sections).toEqual(['hero', 'menu', 'faq', 'contact', 'features', 'footer']);
    expect(repaired).not.toHaveProperty('briefs');
  });

  it("puts one hero first and one footer last, assigns ids in plan order and applies the person's choices", () => {
    const normalized = normalizePlan(plan(['faq', 'hero', 'footer', 'faq', 'hero', 'contact']), {
      style: 'bold',
      businessKind: 'cafeorcoffeeshop',
    });
    expect(normalized.sections.map((section) => section.id)).toEqual(['hero', 'faq', 'faq-2', 'contact', 'footer']);
    expect(normalized.style).toBe('bold');
    expect(normalized.kind).toBe('CafeOrCoffeeShop');
    expect(normalizePlan(plan(['about', 'faq']), { businessKind: 'padaria' }).kind).toBe('Bakery');
    expect(normalizePlan(plan(['about', 'faq'])).sections.map((section) => section.type)).toEqual(['hero', 'about', 'faq', 'footer']);
  });
});
