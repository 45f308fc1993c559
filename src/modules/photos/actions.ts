'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { getStockPhotos } from '@/lib/photos/get-stock-photos';
import { requireSession } from '@/modules/accounts/server-session';
import { copyStockPhoto, copyStockPhotoInput } from './copy-stock-photo';
import { searchStockPhotos, searchStockPhotosInput } from './search-stock-photos';

/** Which stock-photo provider the image picker may offer (null: none configured, no stock tab). */
export const stockPhotoProviderAction = defineAction('stockPhotoProviderAction', z.object({}), async () => {
  await requireSession();
  const kind = getStockPhotos().kind;
  return { provider: kind === 'none' ? null : kind };
});

export const searchStockPhotosAction = defineAction('searchStockPhotosAction', searchStockPhotosInput, async (input) => {
  const session = await requireSession();
  return searchStockPhotos(session.claims, input);
});

/** Copies the chosen stock photo into the person's Files: the picker then uses it like their own, with its credit. */
export const copyStockPhotoAction = defineAction('copyStockPhotoAction', copyStockPhotoInput, async (input) => {
  const session = await requireSession();
  return copyStockPhoto(session.claims, input);
});
