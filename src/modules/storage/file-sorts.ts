/** How the Files page can order a folder (shared by the page, the list query and the browser). */
export const FILE_SORTS = ['name', 'newest', 'largest'] as const;
export type FileSort = (typeof FILE_SORTS)[number];
