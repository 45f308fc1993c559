'use client';

import { useEffect, useReducer, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ArrowDown, RefreshCw } from 'lucide-react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import type { GenerateRequest } from '../wire';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { BriefPanel } from './brief-panel';
import { BriefSummary } from './brief-summary';
import type { KindChoice } from './brief-what-fields';
import { EditPanel } from './edit-panel';
import { GenerationStatus, useStudioStatus } from './generation-status';
import { NewSiteForm } from './new-site-form';
import { describedPromptKey } from './describe-site-form';
import { CREATE_LOCALES } from '../studio-options';
import { PartialNotice } from './partial-notice';
import { PhotosPanel } from './photos-panel';
import { QuotaLine, type QuotaView } from './quota-line';
import { SitePreview } from './site-preview';
import { initialStudioState, isGenerating, studioReducer } from './studio-state';
import { useStudioActions } from './use-studio-actions';
import { useSiteBrief } from './use-site-brief';

const CONTINUE = 'continue';

/**
 * The site studio: describe a site and watch it stream into the preview, then edit the draft.
 * Server data (draft, quota) comes in as props; texts come from the catalog; everything live
 * happens here.
 */
export function SiteStudio({
  projectId,
  draft,
  canEdit,
  quota,
  lastRequest,
  photoPreviews = {},
  kindChoices = [],
}: {
  /** The taxonomy's kinds in the person's language (the brief's template picker). */
  kindChoices?: readonly KindChoice[];
  projectId: string;
  lastRequest: { prompt: string; locales: string[]; style?: string; businessKind?: string; brief?: SiteBrief } | null;
  draft: { version: number; document: SiteDocument } | null;
  canEdit: boolean;
  quota: QuotaView;
  /** `file:<id>` → a small inline copy of each photo the draft shows, for the sandboxed preview. */
  photoPreviews?: Record<string, string>;
}) {
  const t = useTranslations('studio');
  const uiLocale = useLocale();
  const [state, dispatch] = useReducer(studioReducer, draft, initialStudioState);
  // What the site is built from: read from the prompt, corrected by the person, refined by the model.
  const brief = useSiteBrief({
    brief: lastRequest?.brief ?? null,
    prompt: lastRequest?.prompt ?? null,
    kindHint: lastRequest?.businessKind,
  });
  const { generate, cancel, edit } = useStudioActions(projectId, dispatch, brief.adopt);
  const { announcement } = useStudioStatus(state);
  const [isFormOpen, setIsFormOpen] = useState(false);
  const [previewLocale, setPreviewLocale] = useState<string | null>(null);
  // The newest request: what the form offers again on "Regenerate".
  const [latestRequest, setLatestRequest] = useState(lastRequest);
  const [photos, setPhotos] = useState(photoPreviews);

  const isRunning = isGenerating(state);
  const isEditing = state.busyControl !== null;
  const showsSaved = state.saved !== null && state.preview === state.saved.document;
  const showForm = canEdit && (state.saved === null || isFormOpen || isRunning);

  async function startGeneration(request: GenerateRequest) {
    setPreviewLocale(null);
    setLatestRequest(request);
    if ((await generate(request)) === 'saved') setIsFormOpen(false);
  }

  // Arrived from "What do you want to build?": write the site from that description at once —
  // one click from prompt to draft; the brief is shown beside the preview to correct and regenerate.
  const isStarting = useRef(false);
  useEffect(() => {
    if (isStarting.current || !canEdit || state.saved !== null) return;
    const key = describedPromptKey(projectId);
    const described = sessionStorage.getItem(key);
    if (!described) return;
    isStarting.current = true;
    sessionStorage.removeItem(key);
    void (async () => {
      const read = await brief.briefFor(described, [uiLocale]);
      const offered = (read?.languages ?? []).filter((locale) => (CREATE_LOCALES as readonly string[]).includes(locale));
      const locales = (offered.length > 0 ? offered : [uiLocale]) as GenerateRequest['locales'];
      await startGeneration({ prompt: described, locales, ...(read ? { brief: { ...read, languages: locales } } : {}) });
    })();
    // Once, when the studio opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function continuePartial() {
    if (!state.partial || !state.generationId) return;
    // The server continues from its own copy of what this generation wrote.
    void edit(CONTINUE, { action: 'continue', generationId: state.generationId });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)] lg:items-start">
      <div className="min-w-0 space-y-4">
        <QuotaLine quota={quota} />
        {/* On a phone the preview is below the editing tools: one tap away. */}
        {state.preview ? (
          <Button asChild variant="secondary" className="w-full lg:hidden">
            <a href="#preview-heading">
              {t('preview.jump')}
              <ArrowDown aria-hidden="true" />
            </a>
          </Button>
        ) : null}
        {!canEdit ? (
          <Alert variant="info" role="note">
            {t('viewOnly')}
          </Alert>
        ) : null}
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
        <GenerationStatus state={state} resetsOn={quota.resetsOn} onCancel={cancel} />
        {canEdit && state.partial && !isRunning ? (
          <PartialNotice
            partial={state.partial}
            savedVersion={state.saved?.version ?? null}
            isBusy={state.busyControl === CONTINUE}
            isDisabled={isEditing}
            error={state.editError?.control === CONTINUE ? state.editError.error : null}
            onContinue={continuePartial}
            onShowSaved={() => dispatch({ type: 'show-saved' })}
            resetsOn={quota.resetsOn}
          />
        ) : null}
        {showForm ? (
          <NewSiteForm
            // A request started elsewhere (the dashboard's description) shows in the form as sent.
            key={latestRequest?.prompt ?? 'new'}
            initialLocales={[uiLocale]}
            initial={latestRequest}
            isRegenerating={state.saved !== null}
            isBusy={isRunning}
            isAtLimit={quota.isAtLimit}
            onGenerate={(request) => void startGeneration(request)}
            onClose={state.saved !== null ? () => setIsFormOpen(false) : null}
            brief={brief}
            kindChoices={kindChoices}
          />
        ) : null}
        {canEdit && state.saved && !showForm && !state.partial ? (
          <>
            <Button variant="secondary" className="w-full sm:w-auto" disabled={isEditing} onClick={() => setIsFormOpen(true)}>
              <RefreshCw aria-hidden="true" />
              {t('form.regenerate')}
            </Button>
            {brief.brief ? (
              <BriefPanel
                state={brief}
                kindChoices={kindChoices}
                isDisabled={isRunning || isEditing}
                headingLevel="h2"
                footer={<p className="text-sm text-muted">{t('brief.afterHint')}</p>}
              />
            ) : null}
            <EditPanel
              document={state.saved.document}
              state={state}
              isDisabled={isRunning}
              onEdit={edit}
              onLocaleAdded={setPreviewLocale}
              resetsOn={quota.resetsOn}
            />
            <PhotosPanel
              projectId={projectId}
              document={state.saved.document}
              previewLocale={previewLocale ?? uiLocale}
              isDisabled={isRunning || isEditing}
              onSaved={(version, document) => dispatch({ type: 'edit-saved', version, document })}
              onPreview={(added) => setPhotos((current) => ({ ...current, ...added }))}
            />
          </>
        ) : null}
      </div>
      <div className="min-w-0 space-y-3 lg:sticky lg:top-4">
        {brief.brief && (state.preview || isRunning) ? <BriefSummary brief={brief.brief} /> : null}
        <SitePreview
          document={state.preview}
          chosenLocale={previewLocale}
          onLocaleChange={setPreviewLocale}
          version={showsSaved && state.saved ? state.saved.version : null}
          photos={photos}
        />
      </div>
    </div>
  );
}
