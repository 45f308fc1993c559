import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { crossCheckBriefFacts } from './cross-check-brief-facts';
import { repairModelBrief, type ModelBrief } from './model-brief-schema';

const PROMPT =
  'Clínica Sorriso Leve em Recife: implantes e clareamento. Telefone (81) 3222-1100, email recepcao@sorrisoleve.com.br, Rua da Aurora 120. PIX: 12.345.678/0001-90.';
const rules = extractBrief({ prompt: PROMPT });

function modelBrief(overrides: Partial<ModelBrief> = {}, facts: Partial<ModelBrief['facts']> = {}): ModelBrief {
  return {
    name: 'Clínica Sorriso Leve',
    what: 'clínica odontológica',
    kindId: null,
    features: ['phone', 'email'],
    items: [
      { text: 'implantes', role: 'offering' },
      { text: 'clareamento', role: 'offering' },
    ],
    audience: null,
    languages: ['pt-BR'],
    facts: {
      phones: ['(81) 3222-1100'],
      whatsapp: null,
      emails: ['recepcao@sorrisoleve.com.br'],
      address: 'Rua da Aurora 120',
      openingHours: [],
      prices: [],
      pixKey: null,
      urls: [],
      ...facts,
    },
    ...overrides,
  };
}

const check = (brief: ModelBrief) => crossCheckBriefFacts({ prompt: PROMPT, modelBrief: brief, ruleBrief: rules });
const digits = (phones: string[]) => phones.map((phone) => phone.replace(/\D/g, ''));

describe('crossCheckBriefFacts', () => {
  it("replaces a model's wrong phone with the prompt's and keeps only numbers the prompt has", () => {
    const checked = check(modelBrief({}, { phones: ['(81) 3222-1199', '(81) 99999-0000'] }));
    expect(digits(checked.facts.phones)).toEqual([expect.stringMatching(/8132221100$/)]);
    expect(checked.notes.join(' ')).toMatch(/phone number that is not in your description/);
  });

  it('drops an email, address, PIX key or name the prompt does not have, and restores the ones the model left out', () => {
    const invented = check(
      modelBrief(
        { name: 'Sorriso Perfeito Odontologia' },
        { phones: [], emails: ['contato@sorrisoperfeito.com'], address: 'Av. Boa Viagem 500', pixKey: 'sorriso@pix.com' },
      ),
    );
    expect(invented.facts.emails).toEqual(['recepcao@sorrisoleve.com.br']);
    expect(invented.facts.address).toBe(rules.facts.address);
    expect(invented.facts.address ?? '').not.toContain('Boa Viagem');
    expect(invented.facts.pixKey).toBe(rules.facts.pixKey);
    expect(digits(invented.facts.phones)).toEqual([expect.stringMatching(/8132221100$/)]);
    // The invented name never stands: the rules' reading (the prompt's words, or none) does.
    expect(invented.name).toBe(rules.name);
    expect(check(modelBrief({ name: 'Sorriso Perfeito' })).name).not.toBe('Sorriso Perfeito');
    expect(
      crossCheckBriefFacts({
        prompt: 'dentista em Recife',
        modelBrief: modelBrief({ name: 'Dr. Sorriso' }),
        ruleBrief: extractBrief({ prompt: 'dentista em Recife' }),
      }).name,
    ).toBeNull();
  });

  it("keeps the model's name and understanding when the prompt says them", () => {
    const checked = check(modelBrief());
    expect(checked.name).toBe('Clínica Sorriso Leve');
    expect(checked.what).toBe('clínica odontológica');
    expect(checked.facts.offerings).toEqual(['implantes', 'clareamento']);
  });

  it('takes a kind of the taxonomy the model names, and makes any other a fallback in the words of the prompt', () => {
    expect(check(modelBrief({ kindId: 'dentist' })).kind).toMatchObject({ id: 'dentist', confidence: 'certain', isFallback: false });
    const unknown = check({ ...modelBrief(), kindId: 'space-dentist' as ModelBrief['kindId'] });
    expect(unknown.kind).toMatchObject({ isFallback: true, confidence: 'none', label: { en: 'clínica odontológica' } });
    expect(repairModelBrief({ ...modelBrief(), kindId: 'space-dentist' })?.kindId).toBeNull();
  });

  it('completes a partial answer from the rule-based reading: languages, features, items, facts', () => {
    const partial = repairModelBrief({ name: 'Clínica Sorriso Leve', what: 'clínica odontológica', kindId: 'dentist' });
    expect(partial).not.toBeNull();
    const checked = check(partial!);
    expect(checked.languages).toEqual(rules.languages);
    expect(checked.features).toEqual(rules.features);
    expect(checked.items).toEqual(rules.items);
    expect(checked.facts).toEqual(rules.facts);
    expect(repairModelBrief('Sure! The clinic does implants.')).toBeNull();
  });
});
