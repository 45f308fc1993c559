/**
 * A prompt template's identity, recorded with every model call (ai_calls.template_name and
 * template_version) so a change to a prompt can be compared with what it replaced. Each template
 * declares its constant next to its text; bump `version` whenever the text (or what is sent
 * with it, such as the JSON schema) changes meaning.
 */
export type PromptTemplate = {
  readonly name: string;
  readonly version: number;
};

export function promptTemplate(name: string, version: number): PromptTemplate {
  if (!/^[a-z][a-z0-9-]{0,99}$/.test(name)) throw new Error(`prompt template name "${name}" must be kebab-case`);
  if (!Number.isInteger(version) || version < 1) throw new Error(`prompt template "${name}" needs a positive integer version`);
  return Object.freeze({ name, version });
}
