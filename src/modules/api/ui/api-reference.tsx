'use client';

import { ApiReferenceReact } from '@scalar/api-reference-react';
// Scalar's own stylesheet, served from this origin with the route's bundle (the page is bare without it).
import '@scalar/api-reference-react/style.css';

/**
 * The interactive reference of /api/v1 (Scalar), reading the document the API serves — so it shows
 * exactly what the routes accept. Bundled with the app rather than loaded from Scalar's CDN: the
 * app's CSP allows scripts by nonce only. Nothing leaves for third parties either: no web fonts
 * from Scalar's servers, no telemetry, no "Ask AI" agent (it talks to Scalar's service), and "try
 * it" calls go straight to this origin (no proxy).
 */
export function ApiReference({ documentUrl }: { documentUrl: string }) {
  return (
    <ApiReferenceReact
      configuration={{
        url: documentUrl,
        withDefaultFonts: false,
        telemetry: false,
        agent: { disabled: true },
        hideClientButton: false,
        showDeveloperTools: 'never',
        metaData: { title: 'Page Magic API' },
      }}
    />
  );
}
