import { bigint, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The storage module's tables. RLS, grants, the quota reservation (private.reserve_upload),
// private.complete_upload / cancel_upload and the owners' update guards are SQL in
// supabase/migrations/20261124000100_storage.sql. Blob keys are chosen there, never from names.

export const storageFolders = pgTable('storage_folders', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id').notNull(),
  parentId: uuid('parent_id'),
  name: text('name').notNull(),
  trashedAt: timestamp('trashed_at', { withTimezone: true }),
  trashBatch: uuid('trash_batch'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An upload in progress: a reservation of its declared size until it completes or expires. */
export const storageUploads = pgTable('storage_uploads', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id').notNull(),
  folderId: uuid('folder_id'),
  name: text('name').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  blobKey: text('blob_key').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const storageItems = pgTable('storage_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id').notNull(),
  folderId: uuid('folder_id'),
  name: text('name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  blobKey: text('blob_key').notNull(),
  thumbnailKey: text('thumbnail_key'),
  width: integer('width'),
  height: integer('height'),
  contentSha256: text('content_sha256'),
  trashedAt: timestamp('trashed_at', { withTimezone: true }),
  trashBatch: uuid('trash_batch'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
