import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { refusesWhatsapp, refusesForm } from './detect-features';
import { fold } from './text';

describe('a refusal with a verb of its own between the negation and what it refuses', () => {
  it('refuses WhatsApp', () => {
    expect(refusesWhatsapp(fold('Não utilizo WhatsApp, só ligação.'), 'pt-BR')).toBe(true);
    expect(refusesWhatsapp(fold("I don't really do WhatsApp."), 'en')).toBe(true);
    expect(refusesWhatsapp(fold('No trabajamos con WhatsApp.'), 'es')).toBe(true);
    expect(refusesWhatsapp(fold("I don't do email or WhatsApp."), 'en')).toBe(true);
    // …while "no WhatsApp" in Portuguese is on it, and a reason in between is no refusal.
    expect(refusesWhatsapp(fold('Chama no WhatsApp 11 91234-5678.'), 'pt-BR')).toBe(false);
    expect(refusesWhatsapp(fold('Não demoro a responder as mensagens do WhatsApp.'), 'pt-BR')).toBe(false);
  });

  it('refuses a form', () => {
    expect(refusesForm(fold('Não desejo formulário.'))).toBe(true);
    expect(refusesForm(fold("Please don't bother with a form."))).toBe(true);
    expect(refusesForm(fold('Quero um formulário com nome e telefone.'))).toBe(false);
  });

  it('leaves a calls-only trade with no WhatsApp button and no form', () => {
    const brief = extractBrief({
      prompt: 'Conserto relógios em Campina Grande. Revisão R$ 120. Ligue (83) 98807-1122. Não utilizo WhatsApp e não desejo formulário.',
    });
    expect(brief.facts.whatsapp).toBeUndefined();
    expect(brief.facts.noForm).toBe(true);
  });
});

describe('the colón typed as a cent sign', () => {
  it('is Costa Rican money, and says the country', () => {
    const brief = extractBrief({ prompt: 'Hacemos cajetas en Atenas, Alajuela. Cajeta de leche ¢2.500. WhatsApp 8841-2200.' });
    expect(brief.facts.prices[0]).toMatchObject({ amount: 2500, currency: 'CRC' });
    expect(brief.facts.whatsapp).toBe('50688412200');
  });
});

describe('the hand-over of the work', () => {
  it('is no delivery service', async () => {
    const { detectFeatures } = await import('./detect-features');
    const facts = {} as Parameters<typeof detectFeatures>[1];
    expect(
      detectFeatures('Conserto relógios. Pagamento em dinheiro na entrega. O prazo de entrega é de 10 dias.', facts, 'general', 'pt-BR'),
    ).not.toContain('delivery');
    expect(detectFeatures('Bolos por encomenda. Faço entregas em Olinda.', facts, 'general', 'pt-BR')).toContain('delivery');
  });
});

describe('WhatsApp refused with its object put first, or a button of it refused', () => {
  it('reads "WhatsApp eu não uso" and "não põe botão de WhatsApp" as refusals', () => {
    expect(refusesWhatsapp(fold('WhatsApp eu não tenho, liga no fixo.'), 'pt-BR')).toBe(true);
    expect(refusesWhatsapp(fold('Por favor não coloquem ícone de WhatsApp.'), 'pt-BR')).toBe(true);
    expect(refusesWhatsapp(fold('WhatsApp I never check, just ring me.'), 'en')).toBe(true);
    expect(refusesWhatsapp(fold('El WhatsApp yo no lo manejo.'), 'es')).toBe(true);
  });
  it('still reads a WhatsApp the person uses', () => {
    expect(refusesWhatsapp(fold('WhatsApp eu uso o dia todo: 11 98877-6655.'), 'pt-BR')).toBe(false);
    expect(refusesWhatsapp(fold('Não tenho loja, atendo pelo WhatsApp.'), 'pt-BR')).toBe(false);
  });
});

describe('a form refused as one more thing of a refused list', () => {
  it('reads "nem formulário", "ni formulario", "nor a form" as a refusal', () => {
    expect(refusesForm(fold('Não põe mapa nem formulário.'))).toBe(true);
    expect(refusesForm(fold('No me armen mapa ni formulario.'))).toBe(true);
    expect(refusesForm(fold("Don't build me a map nor a form."))).toBe(true);
    expect(refusesForm(fold('Quero um formulário com nome e telefone.'))).toBe(false);
  });
});

describe('a refusal on the line before WhatsApp', () => {
  it('refuses what its own line names, never the WhatsApp on the next', () => {
    expect(refusesWhatsapp(fold('pago en efectivo. tarjeta no tenemos\n\nwhatsapp 310 555 1234'), 'es')).toBe(false);
    expect(refusesWhatsapp(fold('No tenemos WhatsApp, solo llamadas.'), 'es')).toBe(true);
  });
});
