import { describe, expect, it } from 'vitest';
import {
  errorMessageOfEnglish,
  isErrorKey,
  renderErrorMessage,
  renderIssueMessage,
  renderStoredErrorMessage,
  storeErrorMessage,
} from './render-error-message';

describe('renderErrorMessage', () => {
  it('renders a key in each language, with ICU plurals and selects', () => {
    expect(renderErrorMessage({ key: 'errors.projects.slugReserved' }, 'en')).toBe('That address is reserved. Try another.');
    expect(renderErrorMessage({ key: 'errors.projects.slugReserved' }, 'pt-BR')).toBe('Esse endereço é reservado. Tente outro.');
    expect(renderErrorMessage({ key: 'errors.common.rateLimited', values: { minutes: 1 } }, 'en')).toBe(
      'Too many attempts. Try again in 1 minute.',
    );
    expect(renderErrorMessage({ key: 'errors.common.rateLimited', values: { minutes: 3 } }, 'pt-BR')).toBe(
      'Muitas tentativas. Tente de novo em 3 minutos.',
    );
    expect(renderErrorMessage({ key: 'errors.database.tierLimit', values: { resource: 'projects' } }, 'pt-BR')).toBe(
      'Você atingiu o limite de projetos do seu plano.',
    );
    expect(
      renderErrorMessage({ key: 'errors.generate.quotaExceeded', values: { resource: 'ai_tokens', resetsOn: '2026-12-01' } }, 'en'),
    ).toBe("You have used this month's AI tokens on your plan. It resets on 2026-12-01. Upgrade for more.");
    expect(
      renderErrorMessage({ key: 'errors.generate.quotaExceeded', values: { resource: 'generations', resetsOn: 'nextMonth' } }, 'pt-BR'),
    ).toBe('Você já usou gerações deste mês no seu plano. O limite renova em o início do próximo mês. Mude de plano para ter mais.');
  });

  it('keeps values as text, never as markup or patterns', () => {
    expect(renderErrorMessage({ key: 'errors.generate.unknownSectionTypeNamed', values: { type: 'a.*b(' } }, 'pt-BR')).toBe(
      'Tipo de seção desconhecido: "a.*b(".',
    );
    expect(renderErrorMessage({ key: 'errors.build.assetTagOrder', values: { body: '</body>', head: '</head>' } }, 'en')).toBe(
      'Cannot add asset tags: </body> comes before </head>.',
    );
  });
});

describe('renderIssueMessage', () => {
  it('renders our schema keys and passes zod’s own messages through', () => {
    expect(isErrorKey('errors.projects.nameRequired')).toBe(true);
    expect(isErrorKey('errors.projects')).toBe(false);
    expect(renderIssueMessage('errors.projects.nameRequired', 'pt-BR')).toBe('Dê um nome ao seu projeto.');
    expect(renderIssueMessage('Entrada inválida', 'pt-BR')).toBe('Entrada inválida');
  });
});

describe('stored error messages', () => {
  it('are read later in any language; older plain text is shown as stored', () => {
    const stored = storeErrorMessage({ key: 'errors.build.duplicatePaths', values: { paths: '/a/' } });
    expect(renderStoredErrorMessage(stored, 'en')).toBe('Two pages would be published at the same address: /a/. Rename the page.');
    expect(renderStoredErrorMessage(stored, 'pt-BR')).toBe('Duas páginas seriam publicadas no mesmo endereço: /a/. Renomeie a página.');
    expect(renderStoredErrorMessage('Checks failed: 2 broken links.', 'pt-BR')).toBe('Checks failed: 2 broken links.');
    expect(renderStoredErrorMessage('{"key":"errors.nope"}', 'en')).toBe('{"key":"errors.nope"}');
  });

  it('recovers the key of a message without placeholders from its English', () => {
    expect(errorMessageOfEnglish('File storage could not save a file. Try again in a moment.')).toEqual({
      key: 'errors.storage.saveUnavailable',
    });
    expect(errorMessageOfEnglish('Two pages would be published at the same address: /a/. Rename the page.')).toBeUndefined();
    expect(errorMessageOfEnglish('connect ECONNREFUSED')).toBeUndefined();
  });
});
