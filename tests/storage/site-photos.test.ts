import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderStoredErrorMessage } from '@/lib/i18n/render-error-message';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { setSlotImage } from '@/modules/document/set-slot-image';
import { getDraft } from '@/modules/drafts/get-draft';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { setDraftPhoto } from '@/modules/drafts/set-draft-photo';
import { listDeployments } from '@/modules/host/list-deployments';
import { requestPublish } from '@/modules/host/request-publish';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { createProject } from '@/modules/projects/create-project';
import { deleteProject } from '@/modules/projects/delete-project';
import { rollbackDeployment } from '@/modules/host/rollback-deployment';
import { PHOTO_BLOB_GRACE_MS, unsafeCollectPhotoBlobs, unsafeRecordPhotoBlobs } from '@/modules/host/unsafe-photo-blobs';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import { blobKeyFor } from '@/modules/build/blob-key-for';
import { sha256Hex } from '@/modules/build/sha256-hex';
import { getPhotoPreviews } from '@/modules/storage/get-photo-previews';
import { listSitePhotos } from '@/modules/storage/list-site-photos';
import { trashEntries } from '@/modules/storage/trash-entries';
import { unsafePurgeTrash } from '@/modules/storage/unsafe-purge-trash';
import { runJobs } from '@tests/helpers/jobs';
import { createTestUser, type TestUser } from '@tests/helpers/test-db';
import { photoUploadWorld } from './photo-uploads';

// Photos from Files into a site and out to visitors: who may reference which file, what the
// build publishes, and that deleting the file afterwards leaves the live site whole.

const photos = photoUploadWorld({ env: { ROOT_DOMAIN: 'sites.test', APP_URL: 'http://app.test' }, blobs: true });
const upload = async (user: TestUser, name: string, color: string) => (await photos.upload(user, name, color, 1000)).id;

async function ownerWithDraft() {
  const user = await createTestUser(photos.handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Padaria ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  return { ...user, projectId: project.id, slug: project.slug };
}

function get(slug: string, urlPath: string) {
  forgetSiteHost(slug);
  return serveSiteFile({
    host: `${slug}.sites.test`,
    path: urlPath,
    method: 'GET',
    acceptEncoding: null,
    ifNoneMatch: null,
    isHttps: false,
  });
}

describe('photos in sites', () => {
  it("puts the owner's photo into the hero; another client's file id is refused like one that never existed", async () => {
    const a = await ownerWithDraft();
    const b = await createTestUser(photos.handle, { tier: 'pro' });
    const mine = await upload(a, 'bread.jpg', '#c0602a');
    const theirs = await upload(b, 'secret.jpg', '#203040');

    await expect(
      setDraftPhoto(a.claims, { projectId: a.projectId, slotId: '0/hero/image', fileId: theirs, alt: 'x', locale: 'en' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'errors.generate.photoNotFound' });
    // The picker and the preview see only the caller's own photos.
    expect((await listSitePhotos(a.claims, {})).map((p) => p.id)).toEqual([mine]);
    expect(Object.keys(await getPhotoPreviews(a.claims, { ids: [mine, theirs] }))).toEqual([mine]);
    // Nor can B put a photo into A's draft.
    await expect(
      setDraftPhoto(b.claims, { projectId: a.projectId, slotId: '0/hero/image', fileId: theirs, alt: 'x', locale: 'en' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // A photo without alt text (blank too) is refused by the server, not only by the form, and nothing is saved.
    const before = await getDraft(a.claims, { projectId: a.projectId });
    for (const alt of ['', '   ']) {
      await expect(
        setDraftPhoto(a.claims, { projectId: a.projectId, slotId: '0/hero/image', fileId: mine, alt, locale: 'en' }),
      ).rejects.toThrow();
    }
    expect((await getDraft(a.claims, { projectId: a.projectId }))?.version).toBe(before?.version);

    const saved = await setDraftPhoto(a.claims, {
      projectId: a.projectId,
      slotId: '0/hero/image',
      fileId: mine,
      alt: 'Bread',
      locale: 'en',
    });
    const draft = await getDraft(a.claims, { projectId: a.projectId });
    expect(draft?.version).toBe(saved.version);
    expect(JSON.stringify(draft?.document)).toContain(`"src":"file:${mine}"`);
  });

  it("keeps a stock photo's credit with the picture, and refuses a credit that links anywhere but the provider", async () => {
    const a = await ownerWithDraft();
    const photo = await upload(a, 'stock.jpg', '#c0602a');
    const credit = {
      provider: 'unsplash' as const,
      name: 'Anna Lima',
      url: 'https://unsplash.com/@anna_bakes?utm_source=page_magic&utm_medium=referral',
      providerUrl: 'https://unsplash.com/?utm_source=page_magic&utm_medium=referral',
    };
    const base = { projectId: a.projectId, slotId: '0/hero/image', fileId: photo, alt: 'Loaves on a shelf', locale: 'en' };
    const before = (await getDraft(a.claims, { projectId: a.projectId }))?.version;
    await expect(setDraftPhoto(a.claims, { ...base, credit: { ...credit, url: 'https://evil.example/@anna' } })).rejects.toThrow();
    await expect(setDraftPhoto(a.claims, { ...base, credit: { ...credit, url: 'javascript:alert(1)' } })).rejects.toThrow();
    expect((await getDraft(a.claims, { projectId: a.projectId }))?.version).toBe(before);

    const { document } = await setDraftPhoto(a.claims, { ...base, credit });
    const hero = document.pages[0]!.sections.find((section) => section.id === 'hero') as { image?: { src: string; credit?: unknown } };
    expect(hero.image).toMatchObject({ src: `file:${photo}`, credit });
    // Replacing it with the person's own photo (no credit) drops the credit with the old picture.
    const own = await upload(a, 'own.jpg', '#203040');
    const replaced = await setDraftPhoto(a.claims, { ...base, fileId: own });
    const after = replaced.document.pages[0]!.sections.find((section) => section.id === 'hero') as { image?: { credit?: unknown } };
    expect(after.image?.credit).toBeUndefined();
  });

  it('publishes responsive variants; deleting the file afterwards leaves the live site whole', async () => {
    const a = await ownerWithDraft();
    const photo = await upload(a, 'loaves.jpg', '#b5651d');
    await setDraftPhoto(a.claims, { projectId: a.projectId, slotId: '0/hero/image', fileId: photo, alt: 'Loaves', locale: 'en' });
    await requestPublish(a.claims, { projectId: a.projectId });
    await runJobs();
    expect((await listDeployments(a.claims, { projectId: a.projectId })).deployments[0]).toMatchObject({ status: 'ready', isLive: true });

    const html = new TextDecoder().decode((await get(a.slug, '/')).body!);
    expect(html).not.toContain('file:');
    const avif = /<source type="image\/avif" srcset="(\/assets\/photos\/[^" ]+\.avif) \d+w/.exec(html)?.[1];
    expect(avif).toBeTruthy();
    expect(html).toMatch(
      /<img src="\/assets\/photos\/[^"]+\.jpg" srcset="[^"]+ 1000w" sizes="[^"]+" alt="Loaves" width="1000" height="750" fetchpriority="high"/,
    );

    await trashEntries(a.claims, { fileIds: [photo] });
    await unsafePurgeTrash(new Date(Date.now() + 24 * 3600_000));
    const served = await get(a.slug, avif!);
    expect(served.status).toBe(200);
    expect(served.headers['Content-Type']).toBe('image/avif');
    expect(served.headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('makes PNG icons from the logo: tab icon and Apple touch icon in the page, 192/512 in the manifest', async () => {
    const a = await ownerWithDraft();
    const logo = await upload(a, 'logo.jpg', '#2a7f62');
    await setDraftPhoto(a.claims, { projectId: a.projectId, slotId: 'logo', fileId: logo, alt: 'Padaria logo', locale: 'en' });
    await requestPublish(a.claims, { projectId: a.projectId });
    await runJobs();
    const html = new TextDecoder().decode((await get(a.slug, '/')).body!);
    const tabIcon = /<link rel="icon" type="image\/png" sizes="32x32" href="([^"]+)">/.exec(html)?.[1];
    const touchIcon = /<link rel="apple-touch-icon" href="([^"]+)">/.exec(html)?.[1];
    const manifestUrl = /<link rel="manifest" href="([^"]+)">/.exec(html)?.[1];
    expect(tabIcon && touchIcon && manifestUrl).toBeTruthy();
    const manifest = JSON.parse(new TextDecoder().decode((await get(a.slug, manifestUrl!)).body!)) as {
      icons: { src: string; sizes: string; type: string }[];
    };
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
    // Every icon is served as a square PNG of the size it claims, immutable like other assets.
    for (const [url, size] of [
      [tabIcon!, 32],
      [touchIcon!, 180],
      ...pngs.map((icon) => [icon.src, Number(icon.sizes.split('x')[0])] as const),
    ] as const) {
      const served = await get(a.slug, url);
      expect(served.status, url).toBe(200);
      expect(served.headers['Content-Type']).toBe('image/png');
      expect(served.headers['Cache-Control']).toContain('immutable');
      const meta = await sharp(Buffer.from(served.body!)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
  });

  it("fails a publish whose document names another client's file, with a reason, and shows none of it", async () => {
    const a = await ownerWithDraft();
    const b = await createTestUser(photos.handle, { tier: 'pro' });
    const theirs = await upload(b, 'private.jpg', '#223344');
    // Written past the studio (an API client, a crafted save): the build is the last gate.
    const forged = setSlotImage(
      veganBakery,
      '0/hero/image',
      { src: `file:${theirs}`, width: 1000, height: 750 },
      { locale: 'en', text: 'x' },
    );
    await saveSiteVersion(a.claims, { projectId: a.projectId, document: forged, source: 'edit' });
    await requestPublish(a.claims, { projectId: a.projectId });
    await runJobs();
    const [deployment] = (await listDeployments(a.claims, { projectId: a.projectId })).deployments;
    expect(deployment).toMatchObject({ status: 'failed', isLive: false });
    expect(renderStoredErrorMessage(deployment!.error ?? '', 'en')).toContain('no longer among the owner');
    expect((await get(a.slug, '/')).status).toBe(404);
  });
});

describe('photo variant garbage collection', () => {
  const later = () => new Date(Date.now() + PHOTO_BLOB_GRACE_MS + 3600_000);
  const photoShas = (html: string) => [...html.matchAll(/\/assets\/photos\/[^" ,]+/g)].map((m) => m[0]);

  async function variantBlobsOf(slug: string): Promise<string[]> {
    const html = new TextDecoder().decode((await get(slug, '/')).body!);
    const shas: string[] = [];
    for (const url of new Set(photoShas(html))) {
      const served = await get(slug, url);
      expect(served.status, url).toBe(200);
      shas.push(sha256Hex(served.body!));
    }
    return shas;
  }
  const existing = async (shas: string[]) =>
    (await Promise.all(shas.map((sha) => getBlobStore().has(blobKeyFor(sha))))).filter(Boolean).length;

  it('keeps variants of the live and every rollback-able deployment, removes the unreferenced after the grace period', async () => {
    const a = await ownerWithDraft();
    const first = await upload(a, 'first.jpg', '#aa5500');
    await setDraftPhoto(a.claims, { projectId: a.projectId, slotId: '0/hero/image', fileId: first, alt: 'First', locale: 'en' });
    const v1 = await requestPublish(a.claims, { projectId: a.projectId });
    await runJobs();
    const firstVariants = await variantBlobsOf(a.slug);
    expect(firstVariants.length).toBeGreaterThanOrEqual(3);

    const second = await upload(a, 'second.jpg', '#0055aa');
    await setDraftPhoto(a.claims, { projectId: a.projectId, slotId: '0/hero/image', fileId: second, alt: 'Second', locale: 'en' });
    await requestPublish(a.claims, { projectId: a.projectId });
    await runJobs();
    const secondVariants = await variantBlobsOf(a.slug);
    expect(secondVariants.some((sha) => firstVariants.includes(sha))).toBe(false);

    // A variant recorded by a build whose deployment never became ready: nothing references it.
    const stray = new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .webp()
        .toBuffer(),
    );
    const straySha = sha256Hex(stray);
    await getBlobStore().put(blobKeyFor(straySha), stray, 'image/webp');
    await unsafeRecordPhotoBlobs([straySha]);

    // Within the grace period nothing goes (a build in flight may be about to reference it).
    await unsafeCollectPhotoBlobs();
    expect(await getBlobStore().has(blobKeyFor(straySha))).toBe(true);

    await unsafeCollectPhotoBlobs(later());
    expect(await getBlobStore().has(blobKeyFor(straySha))).toBe(false);
    expect(await existing(secondVariants)).toBe(secondVariants.length); // live
    expect(await existing(firstVariants)).toBe(firstVariants.length); // version 1 can still be made live
    await rollbackDeployment(a.claims, { projectId: a.projectId, deploymentId: v1.id });
    expect((await get(a.slug, '/')).status).toBe(200);
    expect(await variantBlobsOf(a.slug)).toEqual(firstVariants);

    // Once nothing can show them (the project is deleted, its deployments with it), they go.
    await deleteProject(a.claims, { projectId: a.projectId });
    await unsafeCollectPhotoBlobs(later());
    expect(await existing([...firstVariants, ...secondVariants])).toBe(0);
  });
});
