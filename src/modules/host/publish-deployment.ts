import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError, isAppError } from '@/lib/errors';
import type { ErrorMessage } from '@/lib/i18n/error-key';
import { errorMessageOfEnglish, isErrorKey, storeErrorMessage } from '@/lib/i18n/render-error-message';
import type { SerializedError } from '@/lib/jobs/types';
import { reportError } from '@/lib/observability';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import { inSpan, inSpanSync, withSpan } from '@/lib/telemetry/with-span';
import { buildSiteFiles } from '@/modules/build/build-site';
import { checkSiteInTurns } from '@/modules/build/check-site';
import { siteDisplayName } from '@/modules/build/site-display-name';
import { loadWebFonts } from '@/modules/build/load-web-fonts';
import { hasBlockingErrors } from '@/modules/build/has-blocking-errors';
import { storeBuiltFiles } from '@/modules/build/store-built-files';
import { ensurePrivacyPage } from '@/modules/document/ensure-privacy-page';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { forgetSiteHost, rememberLiveSite } from './resolve-site-host';
import { warmSiteFiles } from './serve-site-file';
import { preparePublishPhotos } from './prepare-publish-photos';
import type { BuiltFile, CheckResult } from '@/modules/build/types';
import type { StoredManifest } from './schema';
import { canonicalSiteOrigin } from './canonical-site-origin';
import {
  unsafeActivateIfNewest,
  unsafeLoadDeploymentTarget,
  unsafeMarkDeploymentFailed,
  unsafeSetDeploymentStatus,
  type DeploymentTarget,
} from './unsafe-publish-steps';

/**
 * The publish flow's decisions, one function per durable step of the `publish-site` job
 * (inngest/functions/publish-site.ts wires them). Every step is idempotent — content-addressed
 * blobs, forward-only status writes, a conditional activation — so the job engine's retries and
 * replays are safe. A failed build never touches the live site: only activation moves the pointer.
 */

export type PublishPlan =
  | { action: 'skip'; reason: string }
  /** Built already (a replayed event): only make sure it went live if it should. */
  | { action: 'activate'; target: DeploymentTarget }
  | { action: 'build'; target: DeploymentTarget };

export async function planPublish(deploymentId: string): Promise<PublishPlan> {
  const target = await inSpan('publish.load-target', () => unsafeLoadDeploymentTarget(deploymentId));
  if (!target) return { action: 'skip', reason: 'deployment no longer exists' };
  if (target.status === 'failed') return { action: 'skip', reason: 'deployment already failed' };
  // Rebuilding a ready deployment would flip it back to "building" and take it off the air.
  if (target.status === 'ready') return { action: 'activate', target };
  return { action: 'build', target };
}

/** `files`: the built bytes, held for the activation to serve from memory (never a step's stored output). */
export type BuildOutcome =
  { superseded: true } | { superseded: false; manifest: StoredManifest; checks: CheckResult[]; files: readonly BuiltFile[] };

/** Builds the site into content-hashed files and stores them. */
export async function buildAndStoreDeployment(target: DeploymentTarget): Promise<BuildOutcome> {
  if (!(await inSpan('publish.status-building', () => unsafeSetDeploymentStatus(target.deploymentId, 'building'))))
    return { superseded: true };
  // The stored draft is read again, as untrusted input: a version saved under an older schema, or
  // written past the app, is refused with a reason here instead of throwing inside the renderer.
  const parsed = inSpanSync('publish.parse-document', () => parseSiteDocument(target.document));
  if (!parsed.ok) {
    await unsafeMarkDeploymentFailed(target.deploymentId, storeErrorMessage(INVALID_DOCUMENT.errorMessage));
    return { superseded: true };
  }
  // Every lead form links to the site's privacy page: a site made before it existed gets it here.
  const document = ensurePrivacyPage(parsed.document);
  let result: ReturnType<typeof buildSiteFiles>;
  let baseUrl: string;
  let photoPaths: string[];
  try {
    // Independent inputs of the build: fetched side by side.
    const [photos, origin, fonts] = await Promise.all([
      inSpan('publish.photos', () => preparePublishPhotos(document, target.ownerId, getBlobStore())),
      inSpan('publish.origin', () => canonicalSiteOrigin(target)),
      inSpan('publish.fonts', () => loadWebFonts(document.theme)),
    ]);
    baseUrl = origin;
    photoPaths = Object.keys(photos?.entries ?? {});
    result = inSpanSync('publish.build', () => buildSiteFiles(document, { baseUrl: origin, photos, fonts }), spanAttributes(target));
  } catch (err) {
    // A document that can't be built fails the same way on every retry: fail now, with its reason.
    if (isAppError(err) && err.code === 'VALIDATION') {
      await unsafeMarkDeploymentFailed(target.deploymentId, storeErrorMessage(err.errorMessage));
      return { superseded: true };
    }
    throw err;
  }
  const { files, document: built } = result;
  // Independent: the writes wait on the disk (or the network), the checks on the CPU. Nothing
  // goes live before both are done and the checks' verdict is recorded (checkDeployment).
  const [, checks] = await Promise.all([
    withSpan('publish.store', { ...spanAttributes(target), 'pm.publish.files': files.length }, () =>
      storeBuiltFiles(getBlobStore(), files),
    ),
    inSpan('build.checks', () => checkSiteInTurns(built, files, photoPaths)),
  ]);
  // The origin it was built for goes with it: a later change of primary domain compares against it.
  return { superseded: false, manifest: { ...result.manifest, baseUrl }, checks, files };
}

/** Records the checks; true when the deployment is ready to go live (no blocking errors). */
export function checkDeployment(deploymentId: string, built: { manifest: StoredManifest; checks: CheckResult[] }): Promise<boolean> {
  return withSpan('publish.check', { 'pm.deployment.id': deploymentId }, () => recordChecks(deploymentId, built));
}

async function recordChecks(deploymentId: string, built: { manifest: StoredManifest; checks: CheckResult[] }): Promise<boolean> {
  if (!(await inSpan('publish.status-checking', () => unsafeSetDeploymentStatus(deploymentId, 'checking', { checks: built.checks }))))
    return false;
  if (hasBlockingErrors(built.checks)) {
    const reasons = built.checks.filter((c) => c.level === 'error').map((c) => c.message);
    await unsafeSetDeploymentStatus(deploymentId, 'failed', { error: `Checks failed: ${reasons.join(' ')}` });
    return false;
  }
  return inSpan('publish.status-ready', () =>
    unsafeSetDeploymentStatus(deploymentId, 'ready', { manifest: built.manifest, totalBytes: built.manifest.totalBytes }),
  );
}

/**
 * Makes the deployment live unless a newer one (or the person's rollback/unpublish) wins. With the
 * manifest it just built, this process serves the new deployment at once (rememberLiveSite)
 * instead of reading it back on the next request; otherwise its cached entry is dropped.
 */
export async function activateDeployment(
  target: Pick<DeploymentTarget, 'deploymentId' | 'projectId' | 'slug'>,
  manifest?: StoredManifest,
  files: readonly BuiltFile[] = [],
): Promise<boolean> {
  const isLive = await withSpan('publish.activate', spanAttributes(target), async (span) => {
    const live = await unsafeActivateIfNewest(target.deploymentId, target.projectId);
    span.setAttribute('pm.publish.live', live);
    return live;
  });
  if (isLive && manifest) {
    // The home page in each language is what people open right after publishing: its bytes are
    // read now, so its first request is answered from memory.
    await warmSiteFiles(manifest, ['index.html', ...manifest.locales.map((locale) => `${locale}/index.html`)], files);
    rememberLiveSite({ projectId: target.projectId, slug: target.slug, deploymentId: target.deploymentId, manifest });
    // Live: requests for it waiting in this process are answered now, not after the job has
    // recorded its step (with PGlite on this thread, its queries would hold them off until then).
    await nextTurn();
  } else forgetSiteHost(target.slug);
  return isLive;
}

/** What a publish span names: ids only (no slug or host: they can name a person's business). */
function spanAttributes(target: Pick<DeploymentTarget, 'deploymentId' | 'projectId'>) {
  return { 'pm.deployment.id': target.deploymentId, 'pm.project.id': target.projectId };
}

export type CheckAndActivateOutcome = 'live' | 'not-ready' | 'not-live';

/**
 * The checks' verdict and, when they pass, the activation, in one durable step (one step record
 * fewer on the way to live; both halves are idempotent, so a retried step does them again safely).
 */
export async function checkAndActivateDeployment(
  target: Pick<DeploymentTarget, 'deploymentId' | 'projectId' | 'slug'>,
  built: { manifest: StoredManifest; checks: CheckResult[]; files?: readonly BuiltFile[] },
): Promise<CheckAndActivateOutcome> {
  if (!(await checkDeployment(target.deploymentId, built))) return 'not-ready';
  return (await activateDeployment(target, built.manifest, built.files)) ? 'live' : 'not-live';
}

/** What the notify steps after going live need: ids and the site's name (small: it is a step's stored output). */
export type PublishedTarget = Pick<DeploymentTarget, 'deploymentId' | 'projectId' | 'slug' | 'version'> & {
  /** The site's name for the announcement ('' unless it went live). */
  siteName: string;
};

export type PublishOutcome =
  | { action: 'skip'; reason: string }
  | {
      /** 'activate': built already (a replayed event), only made live if it should be. */
      action: 'build' | 'activate';
      outcome: CheckAndActivateOutcome | 'superseded';
      target: PublishedTarget;
    };

/**
 * The whole way to live in one durable step: load → build → store → checks → activate. Every
 * part is idempotent (content-addressed blobs, forward-only status writes, a conditional
 * activation), so a retried step does it all again safely; one step instead of three spares the
 * records of the document and the manifest as step outputs (written, then parsed back) and two
 * turns of the engine between them. No check is skipped: the checks' verdict still decides.
 */
export async function publishDeployment(deploymentId: string): Promise<PublishOutcome> {
  const plan = await planPublish(deploymentId);
  if (plan.action === 'skip') return plan;
  const { target } = plan;
  const outcome = await buildAndGoLive(plan);
  // The name is read only from a document that went live (one that failed to parse has none).
  const siteName = outcome === 'live' ? siteDisplayName(target.document) : '';
  const { deploymentId: id, projectId, slug, version } = target;
  return { action: plan.action, outcome, target: { deploymentId: id, projectId, slug, version, siteName } };
}

async function buildAndGoLive(plan: Exclude<PublishPlan, { action: 'skip' }>): Promise<CheckAndActivateOutcome | 'superseded'> {
  if (plan.action === 'activate') return (await activateDeployment(plan.target)) ? 'live' : 'not-live';
  const built = await buildAndStoreDeployment(plan.target);
  return built.superseded ? 'superseded' : checkAndActivateDeployment(plan.target, built);
}

const INVALID_DOCUMENT = new AppError('VALIDATION', 'errors.host.savedSiteUnreadable');

// What a person reads when a build fails for a reason that is ours, not their site's: internal
// errors (a driver message, ECONNREFUSED, a stack) are reported, never stored for the dashboard.
const BUILD_FAILED = new AppError('INTERNAL', 'errors.host.buildFailed');
const BUILD_FAILED_REASON = storeErrorMessage(BUILD_FAILED.errorMessage);

/** The message of a serialized AppError: its key when it survived the trip, else recovered from its English. */
function messageOf(error: SerializedError): ErrorMessage | undefined {
  if (error.key !== undefined && isErrorKey(error.key)) return { key: error.key, ...(error.values ? { values: error.values } : {}) };
  return errorMessageOfEnglish(error.message);
}

/**
 * The reason stored on a failed deployment: an AppError's own message (written for people), else
 * BUILD_FAILED's. Stored as its key, so each reader sees it in their language; a person-facing
 * message whose key was lost on the way is stored as its English, which is shown as it is.
 */
export function buildFailureReason(error: SerializedError): string {
  // The engine hands the failure handler a serialized error: match on the name, not the class.
  const isPersonFacing = error.name === 'AppError' && error.message !== '' && error.code !== 'INTERNAL';
  if (!isPersonFacing) return BUILD_FAILED_REASON;
  const message = messageOf(error);
  return message ? storeErrorMessage(message) : error.message;
}

/** The failure policy once the job has given up: the deployment is marked failed with a reason a person can read. */
export async function failDeployment(deploymentId: string, error: SerializedError): Promise<void> {
  const reason = buildFailureReason(error);
  if (reason === BUILD_FAILED_REASON) reportError(error, { where: 'publish-site', deploymentId });
  await unsafeMarkDeploymentFailed(deploymentId, reason);
}
