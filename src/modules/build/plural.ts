/** '1 broken link', '3 broken links'. English only: check messages are English by design. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
