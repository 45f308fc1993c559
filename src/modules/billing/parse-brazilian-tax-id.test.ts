import { describe, expect, it } from 'vitest';
import { parseBrazilianTaxId } from './parse-brazilian-tax-id';

// CPF and CNPJ as people type them: with or without the mask, check digits checked, the repeated
// sequences refused even where their check digits would hold.
describe('parseBrazilianTaxId', () => {
  it.each([
    ['529.982.247-25', { type: 'br_cpf', value: '529.982.247-25' }],
    ['52998224725', { type: 'br_cpf', value: '529.982.247-25' }],
    [' 123 456 789 09 ', { type: 'br_cpf', value: '123.456.789-09' }],
    ['111.444.777-35', { type: 'br_cpf', value: '111.444.777-35' }],
    ['11.222.333/0001-81', { type: 'br_cnpj', value: '11.222.333/0001-81' }],
    ['11222333000181', { type: 'br_cnpj', value: '11.222.333/0001-81' }],
    // The alphanumeric CNPJ the Receita Federal issues from July 2026, in either case.
    ['12.ABC.345/01DE-35', { type: 'br_cnpj', value: '12.ABC.345/01DE-35' }],
    ['12abc34501de35', { type: 'br_cnpj', value: '12.ABC.345/01DE-35' }],
  ])('accepts %j', (raw, expected) => {
    expect(parseBrazilianTaxId(raw)).toEqual(expected);
  });

  it.each([
    ['529.982.247-24', 'CPF, wrong second check digit'],
    ['529.982.247-15', 'CPF, wrong first check digit'],
    ['000.000.000-00', 'CPF, repeated zeros'],
    ['111.111.111-11', 'CPF, repeated digits (check digits hold)'],
    ['999.999.999-99', 'CPF, repeated nines'],
    ['11.222.333/0001-80', 'CNPJ, wrong check digit'],
    ['00.000.000/0000-00', 'CNPJ, repeated zeros'],
    ['11.111.111/1111-11', 'CNPJ, repeated digits'],
    ['12.ABC.345/01DE-36', 'alphanumeric CNPJ, wrong check digit'],
    ['5299822472', 'ten digits'],
    ['529982247250', 'twelve digits'],
    ['529.982.247-2X', 'a letter in a CPF'],
    ['', 'nothing'],
    ['cpf', 'words'],
  ])('refuses %j (%s)', (raw) => {
    expect(parseBrazilianTaxId(raw)).toBeNull();
  });
});
