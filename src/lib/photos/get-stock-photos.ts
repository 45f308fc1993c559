import { getEnv } from '@/lib/env';
import { StockPhotosNotConfiguredError, type StockPhotoProvider } from './types';
import { createUnsplashAdapter } from './unsplash-adapter';

const notConfigured = async (): Promise<never> => {
  throw new StockPhotosNotConfiguredError();
};

/** The embedded default: no provider. Callers check `kind` first; every call says "not configured". */
export const noStockPhotos: StockPhotoProvider = {
  kind: 'none',
  search: notConfigured,
  fetchPhoto: notConfigured,
  recordUse: notConfigured,
};

/** Unsplash when UNSPLASH_ACCESS_KEY is set; otherwise none. */
export function getStockPhotos(): StockPhotoProvider {
  const env = getEnv();
  return env.UNSPLASH_ACCESS_KEY
    ? createUnsplashAdapter({ accessKey: env.UNSPLASH_ACCESS_KEY, appName: env.UNSPLASH_APP_NAME, baseUrl: env.UNSPLASH_API_URL })
    : noStockPhotos;
}
