import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireSession } from '@/modules/accounts/server-session';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { ACCEPTED_FILE_TYPES } from '@/modules/storage/file-types';
import { FILE_SORTS } from '@/modules/storage/file-sorts';
import { listFiles } from '@/modules/storage/list-files';
import { FileBrowser } from '@/modules/storage/ui/file-browser';
import { StorageMeter } from '@/modules/storage/ui/storage-meter';
import { isAppError } from '@/lib/errors';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.files');

const params = z.object({
  folder: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z.enum(FILE_SORTS).catch('name'),
});

export default async function FilesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const { folder, q, sort } = params.parse(await searchParams);
  const [t, entitlements, listing] = await Promise.all([
    getTranslations(),
    getEntitlements(session.claims),
    listFiles(session.claims, { folderId: q ? null : (folder ?? null), query: q || undefined, sort }).catch((err: unknown) => {
      // Someone else's folder id, or one deleted since: RLS finds no such folder either way.
      if (isAppError(err) && err.code === 'NOT_FOUND') notFound();
      throw err;
    }),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.files')} description={t('files.description')} />
      <StorageMeter
        storage={{
          used: entitlements.storage.used,
          limit: entitlements.storage.limit,
          fileLimit: entitlements.limits.fileBytes,
          tier: entitlements.tier,
        }}
      />
      <FileBrowser listing={listing} folderId={q ? null : (folder ?? null)} query={q ?? ''} sort={sort} accept={ACCEPTED_FILE_TYPES} />
    </div>
  );
}
