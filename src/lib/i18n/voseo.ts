/**
 * Where written Spanish addresses the reader with vos: "Escríbenos", "Elige…" read foreign in
 * Montevideo, Buenos Aires or Asunción, where a business writes "Escribinos", "Elegí…". One list
 * for every writer of a site's Spanish (the composer's words, the renderer's form chrome, the
 * model's instructions). `country` is an ISO 3166 code.
 */
const VOSEO_COUNTRIES = new Set(['AR', 'UY', 'PY']);

export function usesVoseo(country: string | undefined): boolean {
  return country !== undefined && VOSEO_COUNTRIES.has(country.toUpperCase());
}
