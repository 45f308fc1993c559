import { describe, expect, it } from 'vitest';
import { leadFieldSpecs, questionFieldNames } from '@/modules/document/lead-forms';
import { parseLeadForm } from './parse-lead-form';

const quote = { form_kind: 'quote', phone: '+55 41 99999 0000', section_id: 'contact', locale: 'pt-BR' };

describe("a form's answers to the person's own questions", () => {
  it('are accepted, trimmed, and the empty ones left out', () => {
    const parsed = parseLeadForm({ ...quote, question1: ' Temperado ', question2: '2 x 1,5 m', question3: '', question4: 'Boa Viagem' });
    expect(parsed).toMatchObject({
      ok: true,
      lead: { purpose: 'quote', values: { phone: quote.phone, question1: 'Temperado', question2: '2 x 1,5 m', question4: 'Boa Viagem' } },
    });
    expect(parsed.ok && 'question3' in parsed.lead.values).toBe(false);
  });

  it.each(questionFieldNames.map((name) => [name]))('%s longer than its limit is refused as tooLong, what was typed kept', (name) => {
    const max = leadFieldSpecs[name].maxLength;
    expect(parseLeadForm({ ...quote, [name]: 'x'.repeat(max) }).ok).toBe(true);
    const parsed = parseLeadForm({ ...quote, [name]: 'x'.repeat(max + 1) });
    expect(parsed).toMatchObject({ ok: false, problems: [{ field: name, problem: 'tooLong' }] });
    // Given back cut to the limit, so the redrawn form can hold it.
    expect(!parsed.ok && parsed.draft.values[name]).toBe('x'.repeat(max));
  });

  it('are no way to answer: a form with only questions is refused as contactMissing', () => {
    expect(parseLeadForm({ form_kind: 'quote', question1: 'Temperado' })).toMatchObject({
      ok: false,
      problems: [{ problem: 'contactMissing' }],
    });
  });
});
