'use client';

import { useReducer, useState } from 'react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { Locale } from '@/lib/i18n/translate';
import { EditPanel } from './edit-panel';
import { announcementText, GenerationStatus } from './generation-status';
import { NewSiteForm } from './new-site-form';
import { PartialNotice } from './partial-notice';
import { QuotaLine, type QuotaView } from './quota-line';
import { SitePreview } from './site-preview';
import { fill, type StudioLabels } from './studio-labels';
import { initialStudioState, isGenerating, studioReducer } from './studio-state';
import { useStudioActions, type GenerateRequest } from './use-studio-actions';

const CONTINUE = 'continue';

/**
 * The site studio: describe a site and watch it stream into the preview, then edit the draft.
 * Server data (draft, quota, labels) comes in as props; everything live happens here.
 */
export function SiteStudio({ projectId, draft, canEdit, uiLocale, quota, labels }: {
  projectId: string;
  draft: { version: number; document: SiteDocument } | null;
  canEdit: boolean;
  uiLocale: Locale;
  quota: QuotaView;
  labels: StudioLabels;
}) {
  const [state, dispatch] = useReducer(studioReducer, draft, initialStudioState);
  const { generate, cancel, edit } = useStudioActions(projectId, dispatch);
  const [isFormOpen, setIsFormOpen] = useState(false);
  const [previewLocale, setPreviewLocale] = useState<string | null>(null);

  const isRunning = isGenerating(state);
  const isEditing = state.busyControl !== null;
  const showsSaved = state.saved !== null && state.preview === state.saved.document;
  const showForm = canEdit && (state.saved === null || isFormOpen || isRunning);

  async function startGeneration(request: GenerateRequest) {
    setPreviewLocale(null);
    if ((await generate(request)) === 'saved') setIsFormOpen(false);
  }

  function continuePartial() {
    if (!state.partial) return;
    // The plan (when the stream sent one) tells the server which sections are still missing.
    const document = state.plan ? { document: state.partial, plan: { sections: state.plan } } : state.partial;
    void edit(CONTINUE, { action: 'continue', document });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)] lg:items-start">
      <div className="min-w-0 space-y-4">
        <QuotaLine quota={quota} labels={labels} />
        {/* On a phone the preview is below the editing tools: one tap away. */}
        {state.preview ? (
          <a href="#preview-heading" className="btn-secondary w-full lg:hidden">
            {labels.preview.jump}
          </a>
        ) : null}
        {!canEdit ? <p className="rounded-xl bg-gray-100 p-3 text-sm text-muted">{labels.viewOnly}</p> : null}
        <p aria-live="polite" className="sr-only">{announcementText(state, labels.status)}</p>
        <GenerationStatus state={state} labels={labels} resetsOn={quota.resetsOn} onCancel={cancel} />
        {canEdit && state.partial && !isRunning ? (
          <PartialNotice
            partial={state.partial}
            savedVersion={state.saved?.version ?? null}
            isBusy={state.busyControl === CONTINUE}
            isDisabled={isEditing}
            error={state.editError?.control === CONTINUE ? state.editError.error : null}
            onContinue={continuePartial}
            onShowSaved={() => dispatch({ type: 'show-saved' })}
            labels={labels}
            resetsOn={quota.resetsOn}
          />
        ) : null}
        {showForm ? (
          <NewSiteForm
            initialLocales={[uiLocale]}
            isRegenerating={state.saved !== null}
            isBusy={isRunning}
            isAtLimit={quota.isAtLimit}
            onGenerate={(request) => void startGeneration(request)}
            onClose={state.saved !== null ? () => setIsFormOpen(false) : null}
            labels={labels}
          />
        ) : null}
        {canEdit && state.saved && !showForm && !state.partial ? (
          <>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
              <button type="button" className="btn-secondary" disabled={isEditing} onClick={() => setIsFormOpen(true)}>
                {labels.form.regenerate}
              </button>
            </div>
            <EditPanel
              document={state.saved.document}
              state={state}
              isDisabled={isRunning}
              uiLocale={uiLocale}
              onEdit={edit}
              onLocaleAdded={setPreviewLocale}
              labels={labels}
              resetsOn={quota.resetsOn}
            />
          </>
        ) : null}
      </div>
      <div className="min-w-0 lg:sticky lg:top-4">
        <SitePreview
          document={state.preview}
          chosenLocale={previewLocale}
          onLocaleChange={setPreviewLocale}
          versionLabel={showsSaved && state.saved ? fill(labels.preview.draftVersion, { version: state.saved.version }) : null}
          labels={labels.preview}
        />
      </div>
    </div>
  );
}
