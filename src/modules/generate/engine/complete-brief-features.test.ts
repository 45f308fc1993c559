import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { renderPage } from '@/modules/render/render-page';
import { completeBriefFeatures } from './complete-brief-features';

// The AI path: a model may write a form and a "call us" button for a business reached only on
// WhatsApp; the person's "só pelo WhatsApp" wins over what the model wrote.
describe('a model’s site for a business reached only on WhatsApp', () => {
  it('keeps the chat as the one way in: no form, no phone to call, a tel: button opens the chat', () => {
    // What a model might write: a booking form, a phone row and a call button.
    const modelPrompt =
      'Estúdio de sobrancelha em Jaú, design R$ 40. Agende pelo formulário. Telefone (14) 99761-2288, WhatsApp (14) 99761-2288.';
    const written = composeOfflineSite({ prompt: modelPrompt, locales: ['pt-BR'] });
    const hero = written.pages[0]!.sections.find((section) => section.type === 'hero') as unknown as { secondary?: { href: string } };
    if (hero.secondary) hero.secondary.href = 'tel:+5514997612288';
    const brief = extractBrief({ prompt: 'Estúdio de sobrancelha em Jaú, design R$ 40. Agendamento só pelo WhatsApp (14) 99761-2288.' });
    expect(brief.facts.reachOnly).toBe('whatsapp');
    const { document } = completeBriefFeatures(written, brief, { composeSection: () => null });
    const html = renderPage(document, { pageSlug: document.pages[0]!.slug, locale: 'pt-BR', mode: 'preview' });
    expect(html).not.toMatch(/href="tel:/);
    expect(html).not.toMatch(/<form/);
    expect(html).toMatch(/href="https:\/\/wa\.me\/5514997612288"/);
  });
});

// A model's page may leave the ways to pay out: the prompt's own line is added to its contact details.
describe('the ways to pay on a model’s page', () => {
  it('are added to the contact details as the prompt says them, in every language of the site', () => {
    const written = composeOfflineSite({ prompt: 'Mercearia em Viseu, fruta e legumes. Tlm 912 345 678.', locales: ['pt-PT', 'en'] });
    const brief = extractBrief({ prompt: 'Mercearia em Viseu, fruta e legumes. Pagamento por MB Way ou multibanco. Tlm 912 345 678.' });
    expect(brief.facts.payments).toEqual(['MB Way ou multibanco']);
    const { document } = completeBriefFeatures(written, brief, { composeSection: () => null });
    for (const locale of ['pt-PT', 'en'])
      expect(renderPage(document, { pageSlug: document.pages[0]!.slug, locale, mode: 'preview' })).toContain(
        '<dd>MB Way ou multibanco</dd>',
      );
  });
});

// The AI path: a model may write a form where the person refused one; the person's words win.
describe('a model’s site for a person who refused a form', () => {
  it('keeps the contact details and drops the form', () => {
    const written = composeOfflineSite({
      prompt: 'Serralharia em Tábua, portões e grades. Formulário de contacto e telefone 235 412 118.',
      locales: ['pt-PT'],
    });
    expect(renderPage(written, { pageSlug: written.pages[0]!.slug, locale: 'pt-PT', mode: 'preview' })).toMatch(/<form/);
    const brief = extractBrief({ prompt: 'Serralharia em Tábua, portões e grades. Nada de formulários, liguem 235 412 118.' });
    expect(brief.facts.noForm).toBe(true);
    const { document } = completeBriefFeatures(written, brief, { composeSection: () => null });
    const html = renderPage(document, { pageSlug: document.pages[0]!.slug, locale: 'pt-PT', mode: 'preview' });
    expect(html).not.toMatch(/<form/);
    expect(html).toMatch(/href="tel:\+351235412118"/);
  });
});

// The AI path: a model may write "call us" for a person who takes texts only; their words win.
describe('a model’s site for a person reached by text only', () => {
  it('sends a text from every number and button, and calls none', () => {
    const written = composeOfflineSite({ prompt: 'Afinador de pianos em Braga. Telefone 912 345 678.', locales: ['pt-PT'] });
    const hero = written.pages[0]!.sections.find((section) => section.type === 'hero') as unknown as { secondary?: { href: string } };
    if (hero.secondary) hero.secondary.href = 'tel:+351912345678';
    const brief = extractBrief({ prompt: 'Afinador de pianos em Braga. Só por SMS: 912 345 678.' });
    expect(brief.facts.reachOnly).toBe('sms');
    const { document } = completeBriefFeatures(written, brief, { composeSection: () => null });
    const html = renderPage(document, { pageSlug: document.pages[0]!.slug, locale: 'pt-PT', mode: 'preview' });
    expect(html).not.toMatch(/href="tel:/);
    expect(html).toMatch(/href="sms:\+351912345678"/);
  });
});
