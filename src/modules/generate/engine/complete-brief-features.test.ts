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
