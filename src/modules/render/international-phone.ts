/**
 * A phone number as the person wrote it ("(85) 99999-1234", "912 345 678") made dialable from
 * anywhere: `tel:` links and structured data need the country code, or a visitor from another
 * area or country reaches nobody. The business's country (from its address) supplies it; a
 * number already written with "+" (or "00") is left as it is. A small table rather than
 * libphonenumber: this runs in the studio's preview too, and the full metadata would weigh more
 * than the rest of the renderer.
 */
const CALLING_CODES: Record<string, string> = {
  BR: '55',
  PT: '351',
  ES: '34',
  US: '1',
  CA: '1',
  MX: '52',
  AR: '54',
  CL: '56',
  CO: '57',
  PE: '51',
  UY: '598',
  PY: '595',
  BO: '591',
  EC: '593',
  VE: '58',
  CR: '506',
  PA: '507',
  GT: '502',
  DO: '1',
  PR: '1',
  GB: '44',
  IE: '353',
  FR: '33',
  DE: '49',
  IT: '39',
  NL: '31',
  AU: '61',
  AO: '244',
  MZ: '258',
  CV: '238',
  KE: '254',
};

// Countries whose national numbers start with a trunk "0" that is dropped after the country code.
const TRUNK_ZERO = new Set(['BR', 'GB', 'IE', 'FR', 'DE', 'NL', 'AU', 'AR', 'PE', 'KE']);

/** "+5585999991234" for "(85) 99999-1234" in BR; the digits alone when the country is unknown. */
export function dialableNumber(phone: string, country: string | undefined): string {
  const trimmed = phone.trim();
  if (trimmed.startsWith('+')) return `+${trimmed.replace(/\D/g, '')}`;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  const code = country ? CALLING_CODES[country.toUpperCase()] : undefined;
  if (!code) return digits;
  // "0800"/"0300" service numbers are national-only: dialled as written.
  if (country === 'BR' && /^0[38]00/.test(digits)) return digits;
  const national = TRUNK_ZERO.has(country!.toUpperCase()) ? digits.replace(/^0+/, '') : digits;
  // Already written with the country code but no "+": "55 85 99999-1234".
  if (national.startsWith(code) && national.length > 10) return `+${national}`;
  return `+${code}${national}`;
}
