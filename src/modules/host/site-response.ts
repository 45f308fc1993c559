/** A request to a site host and the answer, as the site server and the Next route handler exchange them. */
export type SiteRequest = {
  host: string | null;
  path: string;
  method: string;
  acceptEncoding: string | null;
  ifNoneMatch: string | null;
  isHttps: boolean;
  /** False when the surrounding server compresses responses itself (Next.js does, and drops ours). */
  compress?: boolean;
  /** The methods this path takes, for a 405's `Allow` (the forms' paths add POST); default `GET, HEAD`. */
  allow?: string;
};
export type SiteResponse = { status: number; headers: Record<string, string>; body: Uint8Array | null };
