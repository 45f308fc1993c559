import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { briefRules, describeBrief } from './describe-brief';

describe('the brief in a model prompt', () => {
  it('asks for vos in the Spanish of Uruguay and Argentina, and not elsewhere', () => {
    expect(briefRules(extractBrief({ prompt: 'Cerrajería en Montevideo, copias de llaves.' })).join('\n')).toContain('with vos');
    expect(briefRules(extractBrief({ prompt: 'Cerrajería en Puebla, copias de llaves.' })).join('\n')).not.toContain('with vos');
  });

  it('passes on what the person asked their form to ask, and how to write it', () => {
    const brief = extractBrief({
      prompt: 'Buffet infantil em Campinas. Formulário de orçamento com nome, WhatsApp, data da festa e número de convidados.',
    });
    expect(describeBrief(brief)).toContain('The form asks for: nome; WhatsApp; data da festa; número de convidados');
    expect(briefRules(brief).join('\n')).toContain('The contact form asks what "The form asks for" lists');
    const plain = extractBrief({ prompt: 'Buffet infantil em Campinas com formulário de orçamento' });
    expect(describeBrief(plain)).not.toContain('The form asks for');
    expect(briefRules(plain).join('\n')).not.toContain('The form asks for');
  });

  it('passes on the customers’ words the person quoted, as the only testimonials', () => {
    const brief = extractBrief({ prompt: 'Conserto de sofás em Recife. Uma cliente disse: "O sofá voltou novinho" (Dona Rita).' });
    expect(describeBrief(brief)).toContain('Customer quote: "O sofá voltou novinho" — Dona Rita');
    expect(briefRules(brief).join('\n')).toContain('the only testimonials');
  });
});
