import { describe, expect, it } from 'vitest';
import { buildSite } from '@/modules/build/build-site';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { CountryCode } from 'libphonenumber-js';
import { dialableNumber } from './international-phone';

describe('dialableNumber', () => {
  it.each([
    ['(85) 99999-1234', 'BR', '+5585999991234'],
    ['75 99123-4567', 'BR', '+5575991234567'],
    ['(011) 3000-1234', 'BR', '+551130001234'],
    ['0800 123 4567', 'BR', '08001234567'],
    ['912 345 678', 'PT', '+351912345678'],
    ['612 345 678', 'ES', '+34612345678'],
    ['512-555-0143', 'US', '+15125550143'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['+55 21 98765-4321', 'PT', '+5521987654321'],
    ['0055 21 98765-4321', undefined, '+5521987654321'],
    ['55 85 99999-1234', 'BR', '+5585999991234'],
    ['912 345 678', undefined, '912345678'],
  ])('%j in %s → %s', (phone, country, expected) => expect(dialableNumber(phone, country as CountryCode | undefined)).toBe(expected));
});

describe('the published phone link', () => {
  it('dials the country code, so a visitor from another area or country reaches the business', () => {
    const document = structuredClone(veganBakery);
    document.seo.business!.phone = '(11) 3000-1234';
    for (const page of document.pages)
      for (const section of page.sections) if (section.type === 'contact' && section.details) section.details.phone = '(11) 3000-1234';
    const built = buildSite(document, { baseUrl: 'https://example.test' });
    const home = new TextDecoder().decode(built.files.find((file) => file.path === 'index.html')!.body);
    expect(home).toContain('href="tel:+551130001234"');
    expect(home).toContain('(11) 3000-1234');
    expect(home).toContain('"telephone":"+551130001234"');
  });
});
