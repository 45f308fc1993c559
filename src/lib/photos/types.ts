/**
 * The stock-photo port: pictures a new site can have before its owner uploads their own.
 * Production searches Unsplash (UNSPLASH_ACCESS_KEY); the embedded default has no provider —
 * sites then use layouts that look finished without photos and the studio asks for the owner's.
 *
 * A provider's picture is never hotlinked by a published site: the photos module copies the
 * bytes into the client's storage and keeps the credit with the picture in the document.
 */
export const stockPhotoProviders = ['unsplash'] as const;
export type StockPhotoProviderName = (typeof stockPhotoProviders)[number];

/** Who took the picture and where it comes from, as the provider requires it to be shown. */
export type StockPhotoCredit = {
  provider: StockPhotoProviderName;
  /** The photographer's name as the provider gives it. */
  name: string;
  /** The photographer's page on the provider, with the provider's referral parameters. */
  url: string;
  /** The provider's home page, with the same parameters ("… on Unsplash"). */
  providerUrl: string;
};

export type StockPhoto = {
  provider: StockPhotoProviderName;
  /** The provider's id of the photo (what the studio sends back to use it). */
  id: string;
  /** The provider's description, for an alt-text suggestion ('' when it has none). */
  description: string;
  width: number;
  height: number;
  /** A small preview on the provider's image host, for the picker only (never a published page). */
  thumbUrl: string;
  credit: StockPhotoCredit;
};

export type StockPhotoOrientation = 'landscape' | 'portrait' | 'squarish';

/** A photo's bytes, ready to store, and the handle to report its use with. */
export type FetchedStockPhoto = { photo: StockPhoto; bytes: Uint8Array; contentType: string; useToken: string };

export interface StockPhotoProvider {
  readonly kind: StockPhotoProviderName | 'none';
  /** Photos matching `query` (at most `perPage`, ≤ 30). Throws on a provider failure. */
  search(query: string, options?: { perPage?: number; orientation?: StockPhotoOrientation }): Promise<StockPhoto[]>;
  /** One photo's bytes (a size fit for a page's widest slot), by the provider's id. */
  fetchPhoto(id: string): Promise<FetchedStockPhoto>;
  /** Tells the provider the photo was used (Unsplash's download tracking). */
  recordUse(useToken: string): Promise<void>;
}

/** What the embedded default answers: there is no provider. */
export class StockPhotosNotConfiguredError extends Error {
  constructor() {
    super('Stock photos are not configured');
    this.name = 'StockPhotosNotConfiguredError';
  }
}
