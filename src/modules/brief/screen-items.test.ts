import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { placesOf } from './item-features';
import { fold } from './text';

// Written for this test (no review set's wording): a marmitaria's owner writing ~370 words, with a
// menu and prices between her talk to us.
const LETTER = [
  'Oi, boa tarde! Quem me passou o contato de vocês foi a Cida do salão, disse que vocês fazem site rapidinho. Vou escrever do jeito que eu falo, tá? Meu nome é Rosângela, mas todo mundo me chama de Rô, e eu tenho uma marmitaria aqui em Juiz de Fora, no bairro São Mateus, faz uns nove anos. O nome é Marmitaria da Rô, pode deixar assim mesmo.',
  '',
  'A gente faz marmita todo dia de segunda a sábado, das 11h às 14h. Tem marmita pequena, média e grande, e sempre tem arroz, feijão, uma carne, uma guarnição e salada. Na sexta tem feijoada e no sábado tem frango com quiabo, que é o que mais sai. Também faço marmita fit sob encomenda, com batata-doce e frango grelhado, e congelada pra semana, em kit de 5 ou 10.',
  '',
  'Preço: pequena R$ 16, média R$ 19, grande R$ 23. A fit é R$ 25. Kit de 5 congeladas R$ 110 e o de 10 R$ 200. Entrega no São Mateus e no Alto dos Passos é grátis, pro resto da cidade é R$ 6.',
  '',
  'Agora umas coisas que não é pra colocar, só pra vocês saberem: meu marido tá desempregado e quem ajuda na cozinha é minha sobrinha Daiane, mas ela não quer aparecer, então não põe o nome dela não. Também teve aquela confusão com a vigilância sanitária ano passado, já resolvi tudo, mas não quero que fique falando disso. Ah, e a minha irmã vive dizendo que eu devia cobrar mais caro, mas eu acho que não, o povo daqui não tem condição.',
  '',
  'Pedido é pelo WhatsApp (32) 98841-2267, pode mandar mensagem ou áudio, até as 10h30 pra entregar no almoço. Aceito Pix, dinheiro e cartão na entrega. Não tenho Instagram ainda, minha filha falou que vai fazer, mas até hoje nada.',
  '',
  'Queria um site simples, bonito, com as fotos das marmitas, a lista de preços e um botão do WhatsApp bem grande, que meu público é mais velho e não enxerga direito. As cores podia ser laranja e verde, que é a cor da minha fachada. Não precisa de formulário, ninguém usa isso aqui. Acho que é isso. Qualquer dúvida me chama, viu? Obrigada, Deus abençoe vocês!',
].join('\n');

const texts = (items: ReadonlyArray<{ text: string }> | undefined) => (items ?? []).map((item) => item.text);

describe('the item screen', () => {
  it('sets aside the talk in a long letter — thanks, sign-off, "any doubt call me" — and keeps its menu', () => {
    const brief = extractBrief({ prompt: LETTER });
    const items = texts(brief.items);
    for (const talk of ['Acho que é isso', 'Qualquer dúvida me chama, viu', 'Obrigada, Deus abençoe vocês', 'Pedido']) {
      expect(items).not.toContain(talk);
      expect(brief.unused).toContainEqual({ words: talk, why: 'aside' });
    }
    for (const dish of ['feijão', 'carne', 'salada', 'marmita fit sob encomenda', 'Kit de 5 congeladas']) expect(items).toContain(dish);
  });

  it('leaves a prompt of a few lines as the reader cut it', () => {
    const prompt =
      'Marmitaria da Rô em Juiz de Fora. Marmita pequena R$ 16, média R$ 19. Pedido pelo WhatsApp (32) 98841-2267. Acho que é isso, obrigada!';
    expect(texts(extractBrief({ prompt }).items)).toEqual(texts(extractBrief({ prompt }, { screen: false }).items));
  });

  it('weighs an item at each place it stands whole, never inside a longer word', () => {
    const text = 'Bolo recheado de brigadeiro. Vendo brigadeiros, brigadeiro e beijinho.';
    expect(placesOf(text, fold(text), 'brigadeiro')).toEqual([17, 48]);
  });
});
