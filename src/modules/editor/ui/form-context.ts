import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { EditOperation } from '../edit-operation';

export type Path = (string | number)[];

/** What every control of the form needs: where the section is, the language, and how to edit. */
export type FormContext = {
  document: SiteDocument;
  pageSlug: string;
  sectionId: string;
  section: unknown;
  locale: string;
  apply: (op: EditOperation, mergeKey?: string) => void;
  /** Opens the image picker for the picture at `path` (empty or not). */
  pickImage: (path: Path, label: string) => void;
};
