import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContentError, parseContent } from '@/lib/parse-content';
import { bankSitesFileSchema, banksSchema, kindCopySchema, langPackSchema } from './content-schemas';
import { taxonomyRowSchema } from '@/modules/brief/content-schemas';
import food from './bank/food.json';
import bankSites from './content/bank-sites.json';
import consumerKinds from '@/modules/brief/content/taxonomy-consumer.json';
import es from './bank/lang/es.json';

const FOOD = 'src/modules/composer/bank/food.json';
const foodSchema = banksSchema(kindCopySchema, ['bakery', 'restaurant', 'cafe', 'bar']);
const copy = <T>(value: T): T => structuredClone(value);

describe('content schemas', () => {
  it('accept the files as they are', () => {
    expect(() => parseContent(FOOD, foodSchema, food)).not.toThrow();
    expect(() => parseContent('bank-sites.json', bankSitesFileSchema, bankSites)).not.toThrow();
    expect(() => parseContent('es.json', langPackSchema, es)).not.toThrow();
  });

  it('refuse a phrase with one language missing, naming the file and the phrase', () => {
    const broken = copy(food);
    (broken.bakery.heroes[1].title as string[]) = ['The {label} {place} was waiting for'];
    expect(() => parseContent(FOOD, foodSchema, broken)).toThrow(ContentError);
    expect(() => parseContent(FOOD, foodSchema, broken)).toThrow(/composer\/bank\/food\.json is invalid: bakery\.heroes\[1\]\.title: /);
  });

  it('refuse a misspelt key, an unknown icon, a bad offer pattern and a missing bank', () => {
    const broken: Record<string, unknown> = copy(food);
    Object.assign(broken.bar as object, { offrs: [] });
    Object.assign((broken.cafe as typeof food.cafe).features[0], { icon: 'coffee' });
    Object.assign((broken.restaurant as typeof food.restaurant).offers[0], { match: 'pizza(' });
    delete broken.bakery;
    const message = (() => {
      try {
        parseContent(FOOD, foodSchema, broken);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/restaurant\.offers\[0\]\.match: not a regular expression/);
    expect(message).toMatch(/cafe\.features\[0\]\.icon: /);
    expect(message).toMatch(/bar: Unrecognized key: "offrs"/);
    expect(message).toMatch(/bakery: Invalid input: expected object, received undefined/);
  });

  it('refuse a bank whose section plan does not exist, a family without a shape, and a kind whose keyword does not compile', () => {
    const unplanned = copy(bankSites);
    unplanned.banks.bakery.sections = 'fod';
    expect(() => parseContent('bank-sites.json', bankSitesFileSchema, unplanned)).toThrow(
      /banks\.bakery\.sections: no section plan named "fod"/,
    );
    const shapeless = copy(bankSites) as Omit<typeof bankSites, 'families'> & { families: Partial<typeof bankSites.families> };
    delete shapeless.families.tech;
    expect(() => parseContent('bank-sites.json', bankSitesFileSchema, shapeless)).toThrow(/families\.tech: /);
    const kinds = copy(consumerKinds);
    kinds[0].keywords.push('bolos (caseiros');
    expect(() => parseContent('taxonomy-consumer.json', z.array(taxonomyRowSchema), kinds)).toThrow(
      /\[0\]\.keywords\[\d+\]: not a regular expression/,
    );
  });
});
