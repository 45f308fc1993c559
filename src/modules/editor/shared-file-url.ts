/** Where a shared preview points a draft photo: under the link's own token, so the link is the only key. */
export function sharedFileUrl(token: string, fileId: string): string {
  return `/share/${token}/files/${fileId}`;
}
