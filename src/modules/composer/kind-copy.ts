import { communityFamily, generalFamily, hospitalityFamily, homeFamily, learningFamily, retailFamily, techFamily } from './families-b';
import { beautyFamily, creativeFamily, fitnessFamily, foodFamily, healthFamily, professionalFamily } from './families-a';
import { genericCopy, nonprofitCopy } from './community-general';
import { bakeryCopy, barCopy, cafeCopy, restaurantCopy } from './food';
import { barberCopy, gymCopy, salonCopy, yogaCopy } from './beauty-fitness';
import { clinicCopy, dentistCopy, petCopy, vetCopy } from './health';
import { accountantCopy, consultantCopy, lawyerCopy, realEstateCopy } from './professional';
import { architectCopy, photographerCopy, weddingCopy } from './creative';
import { musicianCopy, portfolioCopy } from './creative-people';
import { cleaningCopy, constructionCopy, tradesCopy } from './home';
import { agencyCopy, schoolCopy, startupCopy } from './learning-tech';
import { floristCopy, hotelCopy, shopCopy, travelCopy } from './retail-travel';
import type { FamilyCopy, KindCopy } from './types';
import type { Family } from '@/modules/brief/kind-types';

const copies: Record<string, KindCopy> = {
  bakery: bakeryCopy,
  restaurant: restaurantCopy,
  cafe: cafeCopy,
  bar: barCopy,
  salon: salonCopy,
  barber: barberCopy,
  gym: gymCopy,
  yoga: yogaCopy,
  dentist: dentistCopy,
  clinic: clinicCopy,
  vet: vetCopy,
  pet: petCopy,
  lawyer: lawyerCopy,
  accountant: accountantCopy,
  consultant: consultantCopy,
  realEstate: realEstateCopy,
  photographer: photographerCopy,
  wedding: weddingCopy,
  architect: architectCopy,
  musician: musicianCopy,
  portfolio: portfolioCopy,
  construction: constructionCopy,
  trades: tradesCopy,
  cleaning: cleaningCopy,
  school: schoolCopy,
  agency: agencyCopy,
  startup: startupCopy,
  shop: shopCopy,
  florist: floristCopy,
  hotel: hotelCopy,
  travel: travelCopy,
  nonprofit: nonprofitCopy,
  generic: genericCopy,
};

const families: Record<Family, FamilyCopy> = {
  food: foodFamily,
  beauty: beautyFamily,
  fitness: fitnessFamily,
  health: healthFamily,
  professional: professionalFamily,
  creative: creativeFamily,
  home: homeFamily,
  learning: learningFamily,
  tech: techFamily,
  retail: retailFamily,
  hospitality: hospitalityFamily,
  community: communityFamily,
  general: generalFamily,
};

/** The phrase bank of a kind (every kind in `kinds.ts` has one; unknown ids get the generic one). */
export function kindCopy(kindId: string): KindCopy {
  return Object.hasOwn(copies, kindId) ? copies[kindId] : genericCopy;
}

export function familyCopy(family: Family): FamilyCopy {
  return families[family];
}

/** Every bank, for the translation index. */
/** The banks that have copy, by id. */
export const copyIds: readonly string[] = Object.keys(copies);

export function allCopies(): { kinds: KindCopy[]; families: FamilyCopy[] } {
  return { kinds: Object.values(copies), families: Object.values(families) };
}
