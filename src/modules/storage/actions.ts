'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { cancelUpload, cancelUploadInput } from './cancel-upload';
import { completeUpload, completeUploadInput } from './complete-upload';
import { createFolder, createFolderInput } from './create-folder';
import { getPhotoPreviews, getPhotoPreviewsInput } from './get-photo-previews';
import { listSitePhotos, listSitePhotosInput } from './list-site-photos';
import { moveEntries, moveEntriesInput } from './move-entries';
import { renameEntry, renameEntryInput } from './rename-entry';
import { restoreTrash, restoreTrashInput } from './restore-trash';
import { startUpload, startUploadInput } from './start-upload';
import { trashEntries, trashEntriesInput } from './trash-entries';

const FILES_PAGE = '/dashboard/files';

export const startUploadAction = defineAction('startUploadAction', startUploadInput, async (input) => {
  const session = await requireSession();
  return startUpload(session.claims, input);
});

export const completeUploadAction = defineAction('completeUploadAction', completeUploadInput, async (input) => {
  const session = await requireSession();
  const file = await completeUpload(session.claims, input);
  revalidatePath(FILES_PAGE);
  return file;
});

export const cancelUploadAction = defineAction('cancelUploadAction', cancelUploadInput, async (input) => {
  const session = await requireSession();
  await cancelUpload(session.claims, input);
  return { uploadId: input.uploadId };
});

export const createFolderAction = defineAction('createFolderAction', createFolderInput, async (input) => {
  const session = await requireSession();
  const folder = await createFolder(session.claims, input);
  revalidatePath(FILES_PAGE);
  return folder;
});

export const renameEntryAction = defineAction('renameEntryAction', renameEntryInput, async (input) => {
  const session = await requireSession();
  const entry = await renameEntry(session.claims, input);
  revalidatePath(FILES_PAGE);
  return entry;
});

export const moveEntriesAction = defineAction('moveEntriesAction', moveEntriesInput, async (input) => {
  const session = await requireSession();
  const result = await moveEntries(session.claims, input);
  revalidatePath(FILES_PAGE);
  return result;
});

export const trashEntriesAction = defineAction('trashEntriesAction', trashEntriesInput, async (input) => {
  const session = await requireSession();
  const result = await trashEntries(session.claims, input);
  revalidatePath(FILES_PAGE);
  return result;
});

export const restoreTrashAction = defineAction('restoreTrashAction', restoreTrashInput, async (input) => {
  const session = await requireSession();
  const result = await restoreTrash(session.claims, input);
  revalidatePath(FILES_PAGE);
  return result;
});

export const listSitePhotosAction = defineAction('listSitePhotosAction', listSitePhotosInput, async (input) => {
  const session = await requireSession();
  return listSitePhotos(session.claims, input);
});

export const getPhotoPreviewsAction = defineAction('getPhotoPreviewsAction', getPhotoPreviewsInput, async (input) => {
  const session = await requireSession();
  return getPhotoPreviews(session.claims, input);
});
