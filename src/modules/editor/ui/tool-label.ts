/**
 * A header tool's label: beside its icon on wide screens and in the phone's "More tools" list,
 * for screen readers only between (a laptop's row has room for the icons, not for the words).
 * The button's `title` shows the same words on hover there.
 */
export const toolLabelClass = 'lg:max-2xl:sr-only';
