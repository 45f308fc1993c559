import { describe, expect, it } from 'vitest';
import { extractFormFields } from './extract-form-fields';
import { extractBrief } from './extract-brief';

const fieldsOf = (prompt: string) => extractFormFields(prompt)?.fields ?? null;

describe('extractFormFields: what the person asked their form to ask, in their words', () => {
  it('goes on with the questions asked right after a list that ends on one, each a field', () => {
    const asked = extractFormFields(
      'Limpeza de calhas em Itu. Quero um formulário pedindo nome, telefone, quantos andares tem a casa? e quando foi a última limpeza?',
      'pt',
    )?.fields;
    expect(asked?.map((field) => field.text)).toEqual(['nome', 'telefone', 'Quantos andares tem a casa?', 'Quando foi a última limpeza?']);
    const english = fieldsOf(
      'Gutter cleaning in York. Quote form: name, phone, postcode, Do you have a conservatory? Is it a bungalow or a house?',
    );
    expect(english?.map((field) => field.text)).toEqual([
      'name',
      'phone',
      'postcode',
      'Do you have a conservatory?',
      'Is it a bungalow or a house?',
    ]);
    expect(english?.at(-1)?.options).toEqual(['bungalow', 'house']);
    // A short word to us after the list is no question of the form.
    expect(fieldsOf('Bolos em Recife. Formulário com nome e telefone? Pode ser?')?.map((field) => field.text)).toEqual([
      'nome',
      'telefone',
    ]);
  });

  it('a question with "or" keeps its answers; "or not" asks yes or no', () => {
    expect(
      extractFormFields('Dedetização em Bauru. Formulário: nome, telefone, é casa ou apartamento?', 'pt')?.fields.at(-1)?.options,
    ).toEqual(['casa', 'apartamento']);
    expect(extractFormFields('Bolos em Recife. Formulário: nome, tem prova ou não?', 'pt')?.fields.at(-1)).toEqual({
      text: 'tem prova',
      field: null,
      options: ['Sim', 'Não'],
    });
  });

  it('reads the list after a form and what introduces its fields, in pt, en and es', () => {
    expect(
      fieldsOf('Buffet infantil em Campinas. Quero um formulário de orçamento com nome, WhatsApp, data da festa e número de convidados.'),
    ).toEqual([
      { text: 'nome', field: 'name' },
      { text: 'WhatsApp', field: 'phone' },
      { text: 'data da festa', field: 'date' },
      { text: 'número de convidados', field: null },
    ]);
    expect(fieldsOf('Mobile boat detailing in Tampa. Add a quote form asking for the boat length, the marina and your email')).toEqual([
      { text: 'boat length', field: null },
      { text: 'marina', field: null },
      { text: 'email', field: 'email' },
    ]);
    expect(fieldsOf('Reparación de máquinas de coser en Puebla, con un formulario con modelo de la máquina, falla y teléfono.')).toEqual([
      { text: 'modelo de la máquina', field: null },
      { text: 'falla', field: null },
      { text: 'teléfono', field: 'phone' },
    ]);
  });

  it('reads the fields after a form described by who fills it in, alternatives and all', () => {
    expect(
      fieldsOf(
        'Aluguel de quadra em Sorocaba. Quero um formulário pra escola ou clube reservar a quadra com: nome do professor, telefone e data.',
      ),
    ).toEqual([
      { text: 'nome do professor', field: null },
      { text: 'telefone', field: 'phone' },
      { text: 'data', field: 'date' },
    ]);
    expect(
      fieldsOf('Café de especialidad en Quito, un formulario para hoteles o restaurantes pedir muestras con: nombre, teléfono y producto'),
    ).toEqual([
      { text: 'nombre', field: 'name' },
      { text: 'teléfono', field: 'phone' },
      { text: 'producto', field: null },
    ]);
  });

  it('reads a list in parentheses or after a colon, and keeps the person’s own spelling', () => {
    expect(fieldsOf('Afinador de pianos em Braga, com ficha de marcação (morada, marca do piano, dia preferido).')).toEqual([
      { text: 'morada', field: 'address' },
      { text: 'marca do piano', field: null },
      { text: 'dia preferido', field: 'date' },
    ]);
    expect(fieldsOf('Booking form: name, phone, dog’s breed')).toEqual([
      { text: 'name', field: 'name' },
      { text: 'phone', field: 'phone' },
      { text: 'dog’s breed', field: null },
    ]);
  });

  it('a name of something else is a question of theirs, not the visitor’s name', () => {
    expect(fieldsOf('Hotel para cães: formulário com nome do cachorro, raça e telefone')).toEqual([
      { text: 'nome do cachorro', field: null },
      { text: 'raça', field: null },
      { text: 'telefone', field: 'phone' },
    ]);
  });

  it('stops where another request starts, and reads nothing where no fields are listed', () => {
    expect(fieldsOf('A booking form with date and time and a gallery of our work')).toEqual([
      { text: 'date', field: 'date' },
      { text: 'time', field: 'time' },
    ]);
    expect(fieldsOf('Site com formulário de contato e uma galeria com fotos dos trabalhos')).toBeNull();
    expect(fieldsOf('Quero um formulário pra falar com a gente')).toBeNull();
    expect(fieldsOf('A contact form with a map below it')).toBeNull();
    expect(fieldsOf('Formatação de textos acadêmicos com normas ABNT e revisão')).toBeNull();
    expect(fieldsOf('Vegan bakery in Lisbon with opening hours and WhatsApp orders')).toBeNull();
  });

  it('gives the list as written, so its words are not read as offerings', () => {
    expect(extractFormFields('Quero um formulário com nome, bairro e tipo de serviço. Atendemos Recife.')?.listText).toBe(
      'nome, bairro e tipo de serviço',
    );
  });
});

describe('extractFormFields: lists as people write them', () => {
  it('keeps a parenthesis with its field, drops the Oxford comma’s "and", and reads past a colon after "com"', () => {
    expect(
      fieldsOf('quero um formulario de resgate com nome, cidade, onde ta o enxame (parede, arvore, poste, muro), foto e telefone.'),
    ).toEqual([
      { text: 'nome', field: 'name' },
      { text: 'cidade', field: null },
      { text: 'onde ta o enxame (parede, arvore, poste, muro)', field: null },
      { text: 'foto', field: null },
      { text: 'telefone', field: 'phone' },
    ]);
    expect(fieldsOf('I’d like a request form with: name, phone, address of the home, and timeline.')).toEqual([
      { text: 'name', field: 'name' },
      { text: 'phone', field: 'phone' },
      { text: 'address of the home', field: 'address' },
      { text: 'timeline', field: null },
    ]);
  });
});

describe('fields listed further from the form word', () => {
  it('"o formulário de reserva deve pedir …" and "um formulário para quem quer aderir ao plano, com …" list their fields', () => {
    expect(
      extractFormFields('O formulário de reserva deve pedir nome, email, data de entrada, número de pessoas e tipo de quarto.')?.fields.map(
        (field) => field.text,
      ),
    ).toEqual(['nome', 'email', 'data de entrada', 'número de pessoas', 'tipo de quarto']);
    expect(
      extractFormFields('Quero um formulário para quem quer aderir ao plano, com nome do titular, CPF e plano escolhido.')?.fields.map(
        (field) => field.text,
      ),
    ).toEqual(['nome do titular', 'CPF', 'plano escolhido']);
    expect(extractFormFields('quero um formulário de contato e uma galeria com fotos')).toBeNull();
  });
});

describe('a question with its answers joined by "ou"/"or"', () => {
  it('"residencial ou comercial", "indoor or outdoor" are one question to choose from; "telefone ou e-mail" stay two fields', () => {
    expect(extractFormFields('queria um formulário com nome, telefone ou e-mail, residencial ou comercial e o endereço')?.fields).toEqual([
      { text: 'nome', field: 'name' },
      { text: 'telefone', field: 'phone' },
      { text: 'e-mail', field: 'email' },
      { text: 'residencial ou comercial', field: null, options: ['residencial', 'comercial'] },
      { text: 'endereço', field: 'address' },
    ]);
    expect(extractFormFields('form with name, email/phone, indoor or outdoor, and the date')?.fields).toContainEqual({
      text: 'indoor or outdoor',
      field: null,
      options: ['indoor', 'outdoor'],
    });
  });
});

// "c/ nome, tlm, …": Portugal's shorthand for the mobile is the visitor's phone, asked as such.
describe('a form asked with pt-PT shorthand', () => {
  it('"tlm" is the telemóvel, the phone field', () => {
    const brief = extractBrief({ prompt: 'faço bolos em Tomar. queria um formulario de encomenda c/ nome, tlm, dia de entrega e msg.' });
    expect(brief.formFields?.map((field) => [field.text, field.field])).toEqual([
      ['nome', 'name'],
      ['telemóvel', 'phone'],
      ['dia de entrega', 'date'],
      ['mensagem', 'message'],
    ]);
  });
});

// A tutor's "level (beginner, some lessons, Grade 3 or above)" ended the list (a digit in its
// answers read as a sentence); "alguma lesão ou dor (coluna, joelho…)" became two fields; "dolor o
// urgencia, u otro" three answers.
describe('a field with its answers in parentheses', () => {
  it('keeps its answers when one holds a number, and the fields after it', () => {
    expect(
      fieldsOf('Swimming lessons in Bath. A booking form with child name, level (none, 10 metres or 25 metres) and preferred time.'),
    ).toEqual([
      { text: 'child name', field: null },
      { text: 'level', field: null, options: ['none', '10 metres', '25 metres'] },
      { text: 'preferred time', field: 'time' },
    ]);
  });

  it('a question with "ou" before its parenthesis is one question', () => {
    expect(
      fieldsOf('Fisioterapia em Natal. Formulário com nome, telefone, se sente dor ou formigamento (costas, pescoço ou outro) e convênio.'),
    ).toEqual([
      { text: 'nome', field: 'name' },
      { text: 'telefone', field: 'phone' },
      { text: 'Sente dor ou formigamento?', field: null, options: ['costas', 'pescoço', 'outro'] },
      { text: 'convênio', field: null },
    ]);
  });

  it('answers listed with commas and a last "or" keep an "or" inside an answer', () => {
    expect(
      fieldsOf('Veterinaria en Cádiz. Un formulario con nombre, motivo (vacunas, corte de uñas, vómito o diarrea, u otro) y teléfono.'),
    ).toEqual([
      { text: 'nombre', field: 'name' },
      { text: 'motivo', field: null, options: ['vacunas', 'corte de uñas', 'vómito o diarrea', 'otro'] },
      { text: 'teléfono', field: 'phone' },
    ]);
  });

  it('"whether A or B" is a question with those two answers, in the three languages', () => {
    expect(fieldsOf('Limpeza de sofá em Bauru. Formulário com nome, bairro e se prefere sábado ou domingo.')?.at(-1)).toEqual({
      text: 'Prefere sábado ou domingo?',
      field: null,
      options: ['sábado', 'domingo'],
    });
    expect(
      fieldsOf('Clases de guitarra en Sevilla. Un formulario con nombre, edad y si quiere clases presenciales o online.')?.at(-1),
    ).toEqual({
      text: '¿Quiere clases presenciales o online?',
      field: null,
      options: ['presenciales', 'online'],
    });
    expect(fieldsOf('Window cleaning in York. A quote form with name, postcode and whether inside or outside.')?.at(-1)).toEqual({
      text: 'whether inside or outside',
      field: null,
      options: ['inside', 'outside'],
    });
  });

  it('"or above", "ou mais" extend the answer before them', () => {
    expect(fieldsOf('Judo club in Derby. A form with name, age and belt (white, yellow, orange or above).')?.at(-1)).toEqual({
      text: 'belt',
      field: null,
      options: ['white', 'yellow', 'orange or above'],
    });
    expect(
      fieldsOf('Hidroginástica em Lins. Formulário com nome, telefone e faixa etária (até 40, 41 a 59, 60 ou mais).')?.at(-1)?.options,
    ).toEqual(['até 40', '41 a 59', '60 ou mais']);
  });
});

// "e se é p/ interior ou exterior" was two fields, "Se" and "para interior ou exterior": the verb
// "é" folds to "e", the word that joins fields.
describe('"se é … ou …" in a list of fields', () => {
  it('is one question with its two answers', () => {
    expect(fieldsOf('Limpeza de sofás em Braga. Queria um formulário com nome, telefone e se é para casa ou empresa.')?.at(-1)).toEqual({
      text: 'É para casa ou empresa?',
      field: null,
      options: ['casa', 'empresa'],
    });
  });
});

// A question the owner wants answered yes or no was a free-text box ("quer prova", "whether the
// coat is matted"), and "tem garagem? sim / não" lost its answers at the question mark.
describe('a yes-or-no question in the list of fields', () => {
  it('is a choice of the two answers, in the language of its lead', () => {
    expect(fieldsOf('Fotógrafa em Lavras. Formulário de orçamento com nome, data do ensaio e se quer álbum impresso.')?.at(-1)).toEqual({
      text: 'Quer álbum impresso?',
      field: null,
      options: ['Sim', 'Não'],
    });
    expect(fieldsOf('Chimney sweep in Bath. A booking form with name, postcode and whether the fire was used this winter')?.at(-1)).toEqual(
      {
        text: 'whether the fire was used this winter',
        field: null,
        options: ['Yes', 'No'],
      },
    );
    expect(
      extractFormFields('Mudanzas en Tarija. Formulario con nombre, fecha y si hay ascensor en el edificio', 'es')?.fields.at(-1),
    ).toEqual({ text: '¿Hay ascensor en el edificio?', field: null, options: ['Sí', 'No'] });
  });

  it('"tem garagem? sim / não": the question mark ends no list, the answers are the question’s', () => {
    expect(fieldsOf('Lavagem de sofá em Itu. Formulário com nome, endereço, tem garagem? sim / não')).toEqual([
      { text: 'nome', field: 'name' },
      { text: 'endereço', field: 'address' },
      { text: 'tem garagem', field: null, options: ['Sim', 'Não'] },
    ]);
  });

  it('a longer "se … ou …" keeps its two answers, and "se tiver" is said of the field before it', () => {
    expect(fieldsOf('Dedetização em Avaré. Formulário com nome, se a obra é casa ou apartamento, metragem, se tiver')).toEqual([
      { text: 'nome', field: 'name' },
      { text: 'A obra é casa ou apartamento?', field: null, options: ['casa', 'apartamento'] },
      { text: 'metragem, se tiver', field: null },
    ]);
  });

  it('a field that only names a thing stays free text', () => {
    expect(fieldsOf('Buffet em Itu. Formulário com nome, data da festa e número de convidados')?.at(-1)).toEqual({
      text: 'número de convidados',
      field: null,
    });
  });
});

// "section size" ended the list (a site's section), "¿eres mayor de 18? (sí/no)" at its question
// mark and its number, "si es pequeño o 4x4" at its digits; "(y/n)" gave the answers "y" and "n".
describe('a list of fields read to its end', () => {
  it('a word for a part of the site as a modifier, a small number and a question mark before its answers go on with the list', () => {
    expect(fieldsOf('Quote form pls: name, phone, section size (small/med/big), dog on the property? (y/n), gate code')).toEqual([
      { text: 'name', field: 'name' },
      { text: 'phone', field: 'phone' },
      { text: 'section size', field: null, options: ['small', 'med', 'big'] },
      { text: 'dog on the property', field: null, options: ['Yes', 'No'] },
      { text: 'gate code', field: null },
    ]);
    expect(
      extractFormFields('Formulario de cita con nombre, móvil, ¿eres mayor de 18? (sí/no), si es moto o 4x4 y zona', 'es')?.fields,
    ).toEqual([
      { text: 'nombre', field: 'name' },
      { text: 'móvil', field: 'phone' },
      { text: '¿Eres mayor de 18?', field: null, options: ['Sí', 'No'] },
      { text: '¿Es moto o 4x4?', field: null, options: ['moto', '4x4'] },
      { text: 'zona', field: null },
    ]);
  });

  it('a gallery or a map asked for after the list still ends it, and a price does', () => {
    expect(fieldsOf('Formulário com nome, telefone e data. E uma galeria de fotos.')?.map((field) => field.text)).toEqual([
      'nome',
      'telefone',
      'data',
    ]);
    expect(fieldsOf('A booking form with name, phone, a map of the shop')?.map((field) => field.text)).toEqual(['name', 'phone']);
  });
});

describe('the person’s questions as a visitor reads them', () => {
  it('asks directly, keeps answers parallel, gives a follow-up its own field and a shared noun back', () => {
    const pt = extractFormFields(
      'Quero um formulário com nome, data de entrada, de saída, se vem a pé ou de bicicleta, se tem alergia (sim ou não, qual) e quantas pessoas.',
      'pt',
    )!.fields;
    expect(pt.map((field) => field.text)).toEqual([
      'nome',
      'data de entrada',
      'data de saída',
      'Vem a pé ou de bicicleta?',
      'Tem alergia?',
      'Se sim, qual?',
      'Quantas pessoas?',
    ]);
    expect(pt[3]!.options).toEqual(['a pé', 'de bicicleta']);
    expect(pt[4]!.options).toEqual(['Sim', 'Não']);
    const es = extractFormFields('Quiero un formulario con nombre, que servicio, si tiene perro (si/no) y cuantas horas.', 'es')!.fields;
    expect(es.map((field) => field.text)).toEqual(['nombre', '¿Qué servicio?', '¿Tiene perro?', '¿Cuántas horas?']);
    const en = extractFormFields('Quote form with name, what the job is, is it upstairs (y/n) and whether you need parking.', 'en')!.fields;
    expect(en.map((field) => field.text)).toEqual(['name', 'what the job is', 'Is it upstairs?', 'whether you need parking']);
  });

  it('reads Portuguese "o" as an article, never as the Spanish "or"', () => {
    const fields = extractFormFields('formulário com nome, whats e se já tem o tecido', 'pt')!.fields;
    expect(fields.at(-1)).toEqual({ text: 'Já tem o tecido?', field: null, options: ['Sim', 'Não'] });
  });
});

describe('a follow-up when the form is full', () => {
  it('is one box to type both in, never a choice that loses the rest', () => {
    const fields = extractFormFields(
      'Quero um formulário com nome, whats, data de chegada, data de saída, quantos adultos, se vem criança (sim ou não e a idade) e se vem de carro ou de ônibus.',
      'pt',
    )!.fields;
    expect(fields.length).toBeLessThanOrEqual(7);
    expect(fields.find((field) => field.text.startsWith('Vem criança?'))).toEqual({ text: 'Vem criança? Se sim, idade', field: null });
    expect(fields.at(-1)).toEqual({ text: 'Vem de carro ou de ônibus?', field: null, options: ['de carro', 'de ônibus'] });
  });
});

describe('a field that asks the visitor to pick, and one with a shared head', () => {
  const fieldsIn = (prompt: string) => extractBrief({ prompt }).formFields ?? [];

  it('reads a "tipo de…" or "qué…" field’s list of answers as a choice, commas only', () => {
    const fields = fieldsIn(
      'Carpintaria em Évora. Formulário de orçamento: nome, telefone, tipo de trabalho (portas, janelas, cozinhas, roupeiros) e prazo.',
    );
    expect(fields).toContainEqual({ text: 'tipo de trabalho', field: null, options: ['portas', 'janelas', 'cozinhas', 'roupeiros'] });
    // …while a list after any other field gives examples, and a long one never cuts the label inside it.
    const examples = fieldsIn(
      'Controle de pragas em Natal. Formulário: nome, telefone, onde viu a praga (cozinha, banheiro, quintal, telhado e forro da casa toda).',
    );
    expect(examples.map((field) => field.text)).toContain('Onde viu a praga?');
  });

  it('keeps "nome do grupo ou da escola" one field', () => {
    const fields = fieldsIn('Quinta pedagógica em Mafra. Formulário de marcação: nome, nome do grupo ou da escola, número de pessoas.');
    expect(fields.map((field) => field.text)).toEqual(['nome', 'nome do grupo ou da escola', 'número de pessoas']);
    expect(fields.find((field) => field.text === 'nome do grupo ou da escola')?.options).toBeUndefined();
  });
});

describe('answers as people list them', () => {
  const fields = (prompt: string, lang: 'pt' | 'es' | 'en') =>
    (extractFormFields(prompt, lang)?.fields ?? []).map((field) => [field.text, field.options ?? null]);
  it('reads two names for what to write as one field, and a one-noun field with its answers listed as a choice', () => {
    expect(
      fields('Quero um formulário com: nome, bairro ou povoado, modelo (fogão a lenha, forno, churrasqueira) e telefone.', 'pt'),
    ).toEqual([
      ['nome', null],
      ['bairro ou povoado', null],
      ['modelo', ['fogão a lenha', 'forno', 'churrasqueira']],
      ['telefone', null],
    ]);
    expect(fields('Form: name, town or village, colour or pattern, email.', 'en')).toEqual([
      ['name', null],
      ['town or village', null],
      ['colour or pattern', null],
      ['email', null],
    ]);
  });
  it('keeps an "or" inside an answer when slashes part the answers', () => {
    expect(fields('Form: name, what you need (a gate / a railing or banister / a repair), email.', 'en')[1]).toEqual([
      'what you need',
      ['a gate', 'a railing or banister', 'a repair'],
    ]);
  });
  it('reads "sim ou não" and "sim, não, não sei" as the answers, a long yes-or-no question kept', () => {
    expect(fields('Formulário com: nome, telefone e se o barco já tem licença da capitania (sim ou não).', 'pt')[2]).toEqual([
      'O barco já tem licença da capitania?',
      ['Sim', 'Não'],
    ]);
    expect(fields('Formulário com: nome, telefone e se a casa é antiga (sim, não, não sei).', 'pt')[2]).toEqual([
      'A casa é antiga?',
      ['Sim', 'Não', 'Não sei'],
    ]);
  });
});

// "mais ou menos", "more or less": "about" — its "or" joins no answers of a choice.
describe('a field asked "more or less"', () => {
  it('is one field with no choice between "more" and "less"', () => {
    const fields = (prompt: string) => extractBrief({ prompt }).formFields ?? [];
    const portuguese = fields('Buffet em Natal. Quero um formulário com nome, telefone, data da festa e quantas pessoas mais ou menos.');
    expect(portuguese.at(-1)).toEqual({ text: 'Quantas pessoas mais ou menos?', field: null });
    const english = fields('Catering in Leeds. A form with name, phone and how many guests more or less.');
    expect(english.at(-1)).toEqual({ text: 'how many guests more or less', field: null });
    // (A real choice keeps its answers.)
    expect(fields('Buffet em Natal. Formulário com nome, telefone e se é casamento ou aniversário.').at(-1)?.options).toEqual([
      'casamento',
      'aniversário',
    ]);
  });
});
