import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Env } from '@/lib/env';
import { brazilianTaxIdOf } from '@/modules/billing/request-nfse';
import { getNfseProvider } from './get-nfse-provider';
import { isSignedBy } from './nfeio-adapter';

// The NFS-e port's choices and NFE.io's webhook signature, without a network.

const env = (vars: Partial<Env>) => ({ NFSE_SERVICE_DESCRIPTION: 'Sites', ...vars }) as Env;

describe('getNfseProvider', () => {
  it('is "not configured" without a key, and names what is missing when the key is there alone', () => {
    expect(getNfseProvider(env({})).kind).toBe('none');
    expect(() => getNfseProvider(env({ NFEIO_API_KEY: 'k' }))).toThrow(
      'NFS-e configuration incomplete: set NFEIO_COMPANY_ID, NFSE_MUNICIPAL_REGISTRATION, NFSE_CITY_SERVICE_CODE',
    );
    const full = { NFEIO_API_KEY: 'k', NFEIO_COMPANY_ID: 'c', NFSE_MUNICIPAL_REGISTRATION: '123', NFSE_CITY_SERVICE_CODE: '0107' };
    expect(getNfseProvider(env(full)).kind).toBe('nfeio');
  });
});

describe("NFE.io's webhook signature (X-Hub-Signature: sha1=<hex HMAC-SHA1 of the raw body>)", () => {
  const body = '{"id":"abc","flowStatus":"Issued"}';
  const hex = createHmac('sha1', 'secret').update(body).digest('hex');
  it('accepts the signature in either case and refuses anything else', () => {
    expect(isSignedBy(body, `sha1=${hex}`, 'secret')).toBe(true);
    expect(isSignedBy(body, `sha1=${hex.toUpperCase()}`, 'secret')).toBe(true);
    expect(isSignedBy(body, `sha1=${hex}`, 'other')).toBe(false);
    expect(isSignedBy(`${body} `, `sha1=${hex}`, 'secret')).toBe(false);
    expect(isSignedBy(body, hex, 'secret')).toBe(false);
    expect(isSignedBy(body, `sha256=${hex}`, 'secret')).toBe(false);
    expect(isSignedBy(body, null, 'secret')).toBe(false);
  });
});

describe('brazilianTaxIdOf', () => {
  it('takes the CNPJ before the CPF, as digits, and ignores values of the wrong length and other countries', () => {
    expect(
      brazilianTaxIdOf([
        { type: 'br_cpf', value: '529.982.247-25' },
        { type: 'br_cnpj', value: '11.222.333/0001-81' },
      ]),
    ).toEqual({
      type: 'br_cnpj',
      digits: '11222333000181',
    });
    expect(brazilianTaxIdOf([{ type: 'br_cpf', value: '529.982.247-25' }])).toEqual({ type: 'br_cpf', digits: '52998224725' });
    expect(brazilianTaxIdOf([{ type: 'br_cpf', value: '1234' }])).toBeNull();
    expect(brazilianTaxIdOf([{ type: 'eu_vat', value: 'DE123456789' }])).toBeNull();
  });
});
