import type { Metadata } from 'next';
import { ApiReference } from '@/modules/api/ui/api-reference';

export const metadata: Metadata = { title: 'API reference' };

/** /docs/api: the interactive reference of /api/v1. Public, like the document it renders (it holds no data). */
export default function ApiReferencePage() {
  return <ApiReference documentUrl="/api/v1/openapi.json" />;
}
