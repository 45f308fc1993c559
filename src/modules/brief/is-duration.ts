/**
 * Whether the "24h" (or any amount of time) at `index` measures how fast something happens
 * ("entrega em até 24h", "within 24 hours", "en 24 horas", "prazo de 24h") rather than when the
 * business is open ("chaveiro 24h", "open 24 hours").
 */
export function isDurationAt(text: string, index: number): boolean {
  return /(?:\b(?:em|en|in|within|dentro de|ate|até|hasta|under|prazo de|plazo de)\s+(?:ate\s+|até\s+|de\s+)?)$/i.test(
    text.slice(0, index),
  );
}
