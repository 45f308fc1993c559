'use client';

import { useEffect, useState } from 'react';
import type { StockSearchComponent } from '@/modules/storage/ui/image-picker';
import { stockPhotoProviderAction } from '../actions';
import { StockPhotoSearch } from './stock-photo-search';

/**
 * The image picker's stock tab when the server has a stock-photo provider, else undefined (the
 * embedded default: no tab at all). Asked once per picker; callers pass it as `stockSearch`.
 */
export function useStockPhotoSearch(): StockSearchComponent | undefined {
  const [isConfigured, setConfigured] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    void stockPhotoProviderAction({}).then((result) => {
      if (isCurrent) setConfigured(result.ok && result.data.provider !== null);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return isConfigured ? StockPhotoSearch : undefined;
}
