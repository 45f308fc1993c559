import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorKey } from '@/lib/i18n/error-key';
import { AppError, mapDatabaseError, toUserError, toValidationError } from './errors';

describe('AppError', () => {
  it('carries a key and values; its message is the English, for logs', () => {
    const err = new AppError('CONFLICT', 'errors.projects.slugTakenNamed', { values: { slug: 'green-crumb' }, details: { field: 'slug' } });
    expect(err.message).toBe('The address “green-crumb” is taken. Try another.');
    expect(err.errorMessage).toEqual({ key: 'errors.projects.slugTakenNamed', values: { slug: 'green-crumb' } });
    // Keys, values and details survive JSON (job steps, stored reasons).
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.projects.slugTakenNamed',
      details: { field: 'slug' },
    });
  });
});

describe('toUserError', () => {
  it('renders the message in the person’s language and keeps the details as they are', () => {
    const err = new AppError('CONFLICT', 'errors.projects.slugTakenNamed', { values: { slug: 'green-crumb' }, details: { field: 'slug' } });
    expect(toUserError(err, 'pt-BR')).toEqual({
      code: 'CONFLICT',
      message: 'O endereço “green-crumb” já está em uso. Tente outro.',
      details: { field: 'slug' },
    });
    expect(toUserError(err, 'en').message).toBe('The address “green-crumb” is taken. Try another.');
  });

  it('shows anything else generically', () => {
    expect(toUserError(new Error('connect ECONNREFUSED 10.0.0.5:5432'), 'pt-BR')).toEqual({
      code: 'INTERNAL',
      message: 'Algo deu errado do nosso lado. Tente de novo.',
    });
  });

  it('gives database errors raised on purpose their own messages', () => {
    const tierLimit = Object.assign(new Error('tier_limit:team_members'), { code: 'P0001', detail: '{"limit":3}' });
    let caught: unknown;
    try {
      mapDatabaseError(tierLimit);
    } catch (err) {
      caught = err;
    }
    expect(toUserError(caught, 'en')).toEqual({
      code: 'TIER_LIMIT',
      message: "Your plan's limit for team members is reached.",
      details: { resource: 'team_members', limit: 3 },
    });
    expect(toUserError(caught, 'pt-BR').message).toBe('Você atingiu o limite de membros da equipe do seu plano.');
  });
});

describe('toValidationError', () => {
  const schema = z.object({
    name: z.string().trim().min(1, errorKey('errors.projects.nameRequired')),
    slug: z.string().regex(/^[a-z]+$/, errorKey('errors.projects.slugFormat')),
  });

  it('renders our schema messages in the message and next to each field', () => {
    const parsed = schema.safeParse({ name: ' ', slug: 'No Way' });
    expect(parsed.success).toBe(false);
    expect(toValidationError(parsed.error!, 'pt-BR')).toEqual({
      code: 'VALIDATION',
      message: 'Dê um nome ao seu projeto.',
      fieldErrors: {
        name: ['Dê um nome ao seu projeto.'],
        slug: ['Use letras minúsculas, números e hifens simples; comece e termine com letra ou número.'],
      },
    });
  });

  it('keeps zod’s own messages, already in the language the parse asked for', () => {
    const parsed = schema.safeParse({ name: 3, slug: 'ok' }, { error: z.locales.ptBR().localeError });
    const error = toValidationError(parsed.error!, 'pt-BR');
    expect(error.fieldErrors.name?.[0]).toMatch(/^Entrada inválida/);
  });
});

describe('text the database cannot store', () => {
  const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
  const jsonNul = Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' });

  it('is the sender’s mistake (400), not ours (500), wherever it slipped past the boundary', () => {
    for (const err of [nul, jsonNul, new Error('Failed query', { cause: nul })]) {
      expect(toUserError(err, 'en')).toEqual({ code: 'VALIDATION', message: expect.stringContaining('control characters') });
      expect(() => mapDatabaseError(err)).toThrow(expect.objectContaining({ code: 'VALIDATION', key: 'errors.common.unsafeText' }));
    }
  });
});
