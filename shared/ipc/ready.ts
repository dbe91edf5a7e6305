/**
 * The app-ready signal the e2e tests wait on (never on timeouts): the renderer sets
 * `document.body.dataset[READY_DATASET_KEY] = 'true'` once the catalog is loaded and the first view drawn.
 */
export const READY_DATASET_KEY = 'isothermReady';
/** The same, as an HTML attribute. */
export const READY_ATTRIBUTE = 'data-isotherm-ready';
/** CSS selector that matches once the app is ready. */
export const READY_SELECTOR = `body[${READY_ATTRIBUTE}="true"]`;
/** Name of the object the Electron preload exposes on `window`. */
export const BRIDGE_GLOBAL = 'isothermBridge';
