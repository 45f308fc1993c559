import { expect, test, type Page, type Request as BrowserRequest } from '@playwright/test';
import { signUp, uniqueEmail, openEmptyProjectForm } from './helpers';

// The attacker's page below is a site host's neutral 404, whose CSP forbids fetch(): lifted, so
// the page can play a hostile site's script.
test.use({ locale: 'en-US', bypassCSP: true });

// Issue 10 #7/#8 through the real server: what Next itself would have answered with a 500 (a
// server-action body that is too large, malformed or from another origin) gets a 4xx from the
// proxy, and a cross-site request to a route handler carrying the person's cookie gets a 403.

const MB = 1024 * 1024;

/** A real server-action request the page sends (creating a project), to replay with changes. */
async function captureCreateProjectAction(page: Page, name: string): Promise<BrowserRequest> {
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill(name);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action'])),
    page.getByRole('button', { name: 'Create project' }).click(),
  ]);
  await expect(page.getByRole('link', { name })).toBeVisible();
  return request;
}

test('server-action requests Next would answer with 500 get a 4xx; a good one still works', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signUp(page, uniqueEmail('guards'));
  const captured = await captureCreateProjectAction(page, 'Guard Original');
  const body = captured.postDataBuffer()!;
  const headers = {
    'next-action': captured.headers()['next-action']!,
    'content-type': captured.headers()['content-type']!,
    origin: baseURL!,
  };
  const url = captured.url();
  const post = (data: Buffer | string, extra: Record<string, string> = {}) =>
    page.request.fetch(url, { method: 'POST', headers: { ...headers, ...extra }, data, failOnStatusCode: false, maxRedirects: 0 });

  // The same request again works (the page's own body, replayed).
  expect((await post(Buffer.from(body.toString('latin1').replace('Guard Original', 'Guard Replayed'), 'latin1'))).status()).toBe(200);

  // A NUL in a field reaches the action, which answers with its validation message (no 500).
  const nul = await post(Buffer.from(body.toString('latin1').replace('Guard Original', 'Guard\u0000Nul'), 'latin1'));
  expect(nul.status()).toBe(200);
  expect(await nul.text()).toContain('invisible control characters');

  // Too large: 2 MB in a field, and the 10 MB.
  for (const size of [2 * MB, 10 * MB]) {
    const padded = Buffer.from(body.toString('latin1').replace('Guard Original', 'x'.repeat(size)), 'latin1');
    expect((await post(padded)).status(), `${size} bytes`).toBe(413);
  }

  // Malformed bodies: a dangling reference, bytes that are not UTF-8, not JSON, absurd nesting, a broken multipart.
  const text = { 'content-type': 'text/plain;charset=UTF-8' };
  for (const [what, data, extra] of [
    ['dangling reference', '["$1"]', text],
    ['not UTF-8', Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), text],
    ['not JSON', '[{"name":', text],
    ['nested 100 000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, text],
    ['broken multipart', '--nope\r\n', {}],
  ] as const) {
    expect((await post(data, extra)).status(), what).toBe(400);
  }

  // Another origin: 403 (Next's own check answers 500).
  expect((await post(body, { origin: 'https://evil.example' })).status()).toBe(403);
});

test('a cross-site request to the generate route with the session cookie is refused with 403', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signUp(page, uniqueEmail('csrf'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Cross Site');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Cross Site' }).click();
  await page.waitForURL(/\/dashboard\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('button', { name: 'Generate my site' })).toBeVisible();
  const projectId = new URL(page.url()).pathname.split('/').pop()!;
  const target = `${baseURL}/api/projects/${projectId}/generate`;

  // A page on another origin posts the text/plain body with the person's credentials.
  // (Whether the browser attaches the SameSite=Lax cookie depends on how it ranks the two hosts'
  // sites; the route refuses by Origin before it looks at any cookie, so the answer is 403 either way.)
  const port = new URL(baseURL!).port;
  const attacker = await page.context().newPage();
  await attacker.goto(`http://evil.localhost:${port}/`);
  const [response] = await Promise.all([
    attacker.waitForResponse((r) => r.url() === target),
    attacker.evaluate(
      (url) =>
        fetch(url, {
          method: 'POST',
          mode: 'no-cors',
          credentials: 'include',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ prompt: 'A bakery that never asked for this', locales: ['en'] }),
        }).catch(() => null),
      target,
    ),
  ]);
  expect(response.status()).toBe(403);

  // Nothing was generated: the studio still offers the first generation.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Generate my site' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Regenerate' })).toHaveCount(0);
});
