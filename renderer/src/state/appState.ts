/**
 * The one store's state, as the slices see it through `get()`. Each slice's part is added where the store is
 * built (appStore.ts, by declaration merging), so a slice imports only this module and appStore imports the
 * slices: the arrows go one way (slices → appState ← appStore → slices) and no slice imports the store.
 */
export interface AppState {
  /** Never set and never read: it only keeps this declaration from being empty until appStore.ts merges the slices in. */
  readonly appState?: never;
}
