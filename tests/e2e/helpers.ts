import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';

export const DEMO_PASSWORD = 'pagemagic-demo';
/** The demo admin's published authenticator key (src/lib/auth/demo-accounts.ts). */
export const DEMO_ADMIN_TOTP_SECRET = 'PAGEMAGICDEMOADMIN2FA234';

/**
 * The clock of an app server a spec moved (tests/fakes/clock): a code must be for that server's
 * time, and its steps are spent apart from the suite's shared server's (`id` keeps them apart).
 */
export type TotpClock = { id: string; now: () => number };

/**
 * A code for `secret` that has not been used yet: each 30-second step is accepted once, and the
 * suite signs the admin in many times a minute, so it waits for a fresh step when needed.
 */
export async function freshTotpCode(secret: string, clock?: TotpClock): Promise<string> {
  const now = clock?.now ?? Date.now;
  const key = clock ? `${secret}@${clock.id}` : secret;
  for (;;) {
    const step = Math.floor(now() / 30_000);
    const used = runState<Record<string, number>>('used-totp-steps') ?? {};
    if ((used[key] ?? -1) < step) {
      saveRunState('used-totp-steps', { ...used, [key]: step });
      return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: now() });
    }
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * 30_000 - now() + 50));
  }
}

/**
 * Signs the demo admin in, password then code. A code can be refused as already used when an
 * earlier worker of this run (restarted after a failure) spent the current step: then the next
 * step's code is used.
 */
export async function signInAsAdmin(page: Page, clock?: TotpClock) {
  await signIn(page, 'admin@pagemagic.local', DEMO_PASSWORD);
  await page.waitForURL(/\/sign-in\/two-factor/);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByLabel('Code').fill(await freshTotpCode(DEMO_ADMIN_TOTP_SECRET, clock));
    await page.getByRole('button', { name: 'Continue' }).click();
    const refused = page.getByText('That code is not right.', { exact: false });
    const outcome = await Promise.race([
      page.waitForURL(/\/(admin|dashboard)/).then(() => 'in' as const),
      refused.waitFor().then(() => 'refused' as const),
    ]);
    if (outcome === 'in') return;
  }
  throw new Error('the demo admin could not pass the second factor');
}

type Cookies = Awaited<ReturnType<ReturnType<Page['context']>['cookies']>>;

// What the run's workers share (a worker restarts after a failed test and forgets its memory):
// the demo admin's session and the authenticator steps already spent. Playwright empties its
// output directory at the start of each run, so nothing carries over between runs.
// Per lane (playwright.config.ts): each lane's app server has its own sessions and its own used
// authenticator steps — the admin's cookies of one lane are not a session on the other's server.
function runStatePath(name: string): string {
  return path.join(process.cwd(), 'test-results', `.e2e-${name}-${process.env.E2E_PORT ?? '3210'}.json`);
}
function runState<T>(name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(runStatePath(name), 'utf8')) as T;
  } catch {
    return undefined;
  }
}
function saveRunState(name: string, value: unknown): void {
  mkdirSync(path.dirname(runStatePath(name)), { recursive: true });
  writeFileSync(runStatePath(name), JSON.stringify(value));
}

/**
 * This page's browser becomes the signed-in demo admin. The admin's session is kept for the
 * run: signing in takes a fresh authenticator code, and each 30-second code works once, so
 * signing in for every test would mostly be waiting. Leave with `leaveAdminSession` (which
 * drops the cookies without signing the shared session out).
 */
export async function enterAdminSession(page: Page, clock?: TotpClock) {
  // A server of a spec's own (its clock given) has sessions of its own.
  const stateName = clock ? `admin-cookies-${clock.id}` : 'admin-cookies';
  const adminCookies = runState<Cookies>(stateName);
  if (adminCookies) {
    await page.context().addCookies(adminCookies);
    await page.goto('/admin');
    if (new URL(page.url()).pathname.startsWith('/admin')) return;
    await page.context().clearCookies();
  }
  await signInAsAdmin(page, clock);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin/);
  saveRunState(stateName, await page.context().cookies());
}

export async function leaveAdminSession(page: Page) {
  await page.context().clearCookies();
  await page.goto('/');
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}@e2e.test`;
}

/**
 * Signs up and confirms the address as a person would, following the link of the confirmation
 * mail the app sent. The link is read from the lines the e2e server keeps of the embedded outbox
 * (scripts/e2e-server.mjs) — reading it on the admin's outbox page instead took a second browser
 * context and three page loads per sign-up, about a tenth of the suite's time; that page and its
 * audited reveal are tested on their own (auth.spec, `linkFromOutbox`).
 */
export async function signUp(page: Page, email: string, password = 'correct-horse-battery') {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('E2E Person');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Check your email to confirm your account.')).toBeVisible();
  await page.goto(await mailedLink(page, email, 'email_confirmation'));
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
}

/** The newest link of `template` mailed to `to` by the app server `page` is on, as its e2e server logged it. */
export async function mailedLink(page: Page, to: string, template: string): Promise<string> {
  const port = new URL(page.url()).port;
  const file = path.join(process.cwd(), '.data-e2e-outbox', `${port}.ndjson`);
  let link: string | undefined;
  await expect
    .poll(
      () => {
        let text = '';
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          // Not written yet: the server has sent no mail.
        }
        const mails = text
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { template: string; to: string; link: string | null });
        // The app keeps an address in lower case ("offline-pt-BR-…" is mailed to "offline-pt-br-…").
        link = mails.reverse().find((m) => m.to === to.toLowerCase() && m.template === template && m.link)?.link ?? undefined;
        return link;
      },
      { message: `a ${template} link mailed to ${to}`, timeout: 15_000 },
    )
    .toBeTruthy();
  return link!;
}

/** The newest link of `type` mailed to `to`, read from the admin outbox in a separate browser context. */
export async function linkFromOutbox(
  page: Page,
  to: string,
  type: 'email_confirmation' | 'magic_link' | 'password_reset',
  clock?: TotpClock,
): Promise<string> {
  const context = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin, locale: 'en-US' });
  try {
    const admin = await context.newPage();
    await enterAdminSession(admin, clock);
    await admin.goto('/admin/outbox');
    const mail = admin
      .getByRole('listitem')
      .filter({ hasText: to })
      .filter({ has: admin.getByTestId('outbox-body').filter({ hasText: `type=${type}` }) })
      .first();
    await mail.getByRole('button', { name: 'Show the link' }).click();
    const body = mail.getByTestId('outbox-body');
    await expect(body).not.toContainText('••••••');
    const link = (await body.innerText()).match(/https?:\/\/\S+/)?.[0];
    expect(link, `a ${type} link mailed to ${to}`).toBeTruthy();
    return link!;
  } finally {
    await context.close();
  }
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email' }).first().fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** No sideways scrolling: everything fits the viewport (360 px phones). */
export async function expectNoHorizontalOverflow(page: Page, where?: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where ?? new URL(page.url()).pathname}: wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
}

export async function signInAs(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
}

/** Our own alerts (Next's route announcer also has role=alert). */
export function appAlert(page: Page, text: string | RegExp) {
  return page.getByRole('alert').filter({ hasText: text });
}

/**
 * A photograph-like JPEG of about `megapixels` (3:2): noise does not compress, so the size follows
 * the pixels. `exif` adds camera and GPS tags, as a phone saves them.
 */
export async function testJpeg(megapixels: number, hue: number, { exif = false } = {}): Promise<Buffer> {
  const width = Math.round(Math.sqrt(megapixels * 1e6 * 1.5));
  const height = Math.round(width / 1.5);
  const noise = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
  })
    .png()
    .toBuffer();
  const tinted = sharp(noise).composite([
    { input: { create: { width, height, channels: 4, background: { r: hue, g: 120, b: 255 - hue, alpha: 0.5 } } } },
  ]);
  if (exif) tinted.withExif({ IFD0: { Make: 'PhoneCam', Model: 'E2E' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '30/1 1/1 0/1' } });
  return tinted.jpeg({ quality: 92 }).toBuffer();
}

/** Publishes the project open in the studio and returns the live site's address (`http://<slug>.localhost:<port>`). */
export async function publishFromStudio(page: Page, slug: string, baseURL: string | undefined): Promise<string> {
  const panel = page.getByTestId('publish-panel');
  await panel.getByRole('button', { name: 'Publish' }).click();
  const live = panel.getByTestId('live-url');
  await expect(live).toContainText('Your site is live at', { timeout: 90_000 });
  const siteUrl = (await live.getByRole('link').getAttribute('href'))!;
  expect(siteUrl).toBe(`http://${slug}.localhost:${new URL(baseURL!).port}`);
  return siteUrl;
}

/**
 * Reads the admin outbox (with `admin`, an admin's page) until mails to `to` with each of
 * `subjects` are there: mails are written by jobs, so the page is read again until they show.
 */
export async function expectMailsInOutbox(admin: Page, to: string, subjects: readonly string[]) {
  const mails = admin.getByRole('listitem').filter({ hasText: to });
  await expect
    .poll(
      async () => {
        await admin.goto('/admin/outbox');
        const text = (await mails.allInnerTexts()).join('\n');
        return subjects.filter((subject) => !text.includes(subject));
      },
      { timeout: 30_000, message: `mails to ${to} in the outbox` },
    )
    .toEqual([]);
}

/**
 * The dashboard starts a site from "What do you want to build?"; an empty project (name and
 * address first) is behind a disclosure: opened here for the specs that start that way.
 */
export async function openEmptyProjectForm(page: Page) {
  const details = page.getByTestId('empty-project');
  await details.waitFor({ timeout: 30_000 });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

/**
 * Goes to a section of the app through its main navigation, as a person would: on a phone the
 * tabs are folded into the "Menu" button, which is opened first.
 */
export async function clickNavLink(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: /^(Main navigation|Navegação principal)$/ });
  const menu = nav.getByRole('button', { expanded: false });
  if (await menu.isVisible()) await menu.click();
  await nav.getByRole('link', { name, exact: true }).click();
}
