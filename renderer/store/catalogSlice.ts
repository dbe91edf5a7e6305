import type { SliceCreator } from './slice';
import type { CatalogSlice } from './types';

export const createCatalogSlice: SliceCreator<CatalogSlice> = () => (set) => ({
  catalog: null,
  catalogError: null,
  setCatalog: (catalog, error = null) => set({ catalog, catalogError: error }),
});
