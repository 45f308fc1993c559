import { describe, expect, it } from 'vitest';
import { agencyContactAddress } from './agency-contact-address';

// Where "Ask my agency" sends a client whose month's tickets are used (issue 34 #1).
describe('agencyContactAddress', () => {
  it('takes the address out of a "Name <address>" sender, or a bare address as it is', () => {
    expect(agencyContactAddress({ EMAIL_FROM: 'Agência Sol <suporte@agenciasol.com.br>' })).toBe('suporte@agenciasol.com.br');
    expect(agencyContactAddress({ EMAIL_FROM: ' hello@pagemagic.local ' })).toBe('hello@pagemagic.local');
  });
});
