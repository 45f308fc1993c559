import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { answerSiteRequestFromMemory } from '@/modules/host/answer-site-request';
import { requestPublish } from '@/modules/host/request-publish';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import type { SiteRequest } from '@/modules/host/site-response';
import { createProject } from '@/modules/projects/create-project';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The site server's hot path answers from this process's caches without a promise
// (answerSiteRequestFromMemory, prepared headers and bodies per file). It must answer exactly what
// the full path (serveSiteFile) answers, or step aside (null) when it can't.

let handle: DbHandle;
const saved = { ...process.env };

beforeAll(async () => {
  handle = await createTestDb();
  Object.assign(process.env, { ROOT_DOMAIN: 'sites.test', APP_URL: 'http://app.test' });
  resetEnvCache();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await handle.close();
});

async function publish(claims: Awaited<ReturnType<typeof createTestUser>>['claims'], projectId: string, email: string) {
  const document = { ...veganBakery, seo: { ...veganBakery.seo, business: { ...veganBakery.seo.business!, email } } };
  await saveSiteVersion(claims, { projectId, document, source: 'generate' });
  await requestPublish(claims, { projectId });
  await runJobs();
}

const request = (host: string, p: string, extra: Partial<SiteRequest> = {}): SiteRequest => ({
  host,
  path: p,
  method: 'GET',
  acceptEncoding: null,
  ifNoneMatch: null,
  isHttps: false,
  compress: true,
  ...extra,
});

/**
 * The fast path's answer once the full path has filled the caches. The routing cache's
 * once-a-second version check can fall due in between (the fast path then steps aside until the
 * full path has refreshed it), so ask again after one.
 */
async function fromMemory(req: SiteRequest) {
  let answer = answerSiteRequestFromMemory(req);
  for (let attempt = 0; attempt < 5 && !answer; attempt++) {
    await serveSiteFile(req);
    answer = answerSiteRequestFromMemory(req);
  }
  return answer;
}

describe('site files from memory', () => {
  it('answers exactly what serveSiteFile answers: encodings, HEAD, 304, the 404 page and /404.html itself, 308, https, unknown hosts', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: 'From memory' });
    await publish(user.claims, project.id, 'first@greencrumb.example');
    const host = `${project.slug}.sites.test`;
    const home = await serveSiteFile(request(host, '/'));
    const etag = home.headers.ETag!;
    const cases: SiteRequest[] = [
      request(host, '/'),
      request(host, '/', { acceptEncoding: 'gzip, deflate' }),
      request(host, '/', { acceptEncoding: 'br, gzip' }),
      request(host, '/', { method: 'HEAD', acceptEncoding: 'gzip' }),
      request(host, '/', { isHttps: true, acceptEncoding: 'gzip' }),
      request(host, '/', { compress: false, acceptEncoding: 'gzip' }),
      request(host, '/', { ifNoneMatch: `W/${etag}` }),
      request(host, '/no-such-page/', { acceptEncoding: 'gzip' }),
      request(host, '/404.html', { acceptEncoding: 'gzip' }),
      request(host, '/no-such-page/', { acceptEncoding: 'gzip' }),
      request(host, '/pt-BR?x=1'),
      request(host, '/%E0%A4%A'),
      request('nobody.sites.test', '/'),
    ];
    for (const req of cases) {
      const full = await serveSiteFile(req);
      const memory = await fromMemory(req);
      expect(memory, `${req.method} ${req.path} ${JSON.stringify(req)}`).not.toBeNull();
      expect({ ...memory!, headers: { ...memory!.headers } }, `${req.method} ${req.path}`).toEqual({
        ...full,
        headers: { ...full.headers },
      });
    }
    // Both paths share the prepared answers, so check those on their own too: one per file, and
    // the 404 page served for a missing path is not the same answer as /404.html asked for.
    const statusOf = (answer: { status: number; headers: Record<string, string> } | null) => [
      answer?.status,
      answer?.headers['Cache-Control'],
      answer?.headers['Content-Encoding'],
    ];
    expect(statusOf(await fromMemory(request(host, '/no-such-page/', { acceptEncoding: 'gzip' })))).toEqual([404, 'no-store', 'gzip']);
    expect(statusOf(await fromMemory(request(host, '/404.html', { acceptEncoding: 'gzip' })))).toEqual([
      200,
      'public, max-age=0, s-maxage=60, must-revalidate',
      'gzip',
    ]);
    expect(statusOf(await fromMemory(request(host, '/', { acceptEncoding: 'br' })))[2]).toBe('br');
    expect((await fromMemory(request(host, '/', { method: 'HEAD', acceptEncoding: 'gzip' })))?.body).toBeNull();
    // Not its business: other methods and the newsletter's confirmation page take the full path.
    expect(answerSiteRequestFromMemory(request(host, '/', { method: 'PUT' }))).toBeNull();
    expect(answerSiteRequestFromMemory(request(host, '/__forms/confirm?t=x'))).toBeNull();
  });

  it('steps aside for a host it has not resolved, and serves a new deployment at once after a publish', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: 'From memory 2' });
    await publish(user.claims, project.id, 'before@greencrumb.example');
    const host = `${project.slug}.sites.test`;
    expect(answerSiteRequestFromMemory(request(host, '/'))).toBeNull();
    const before = await fromMemory(request(host, '/'));
    expect(Buffer.from(before!.body!).toString()).toContain('before@greencrumb.example');
    await publish(user.claims, project.id, 'after@greencrumb.example');
    // Publishing in this process forgets the cached site: the very next answer is the new one.
    const after = answerSiteRequestFromMemory(request(host, '/')) ?? (await serveSiteFile(request(host, '/')));
    expect(Buffer.from(after.body!).toString()).toContain('after@greencrumb.example');
  });
});
