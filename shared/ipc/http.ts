/** The browser fallback's HTTP transport: names shared by electron/server and renderer/api. */

/** `POST /api/<channel>` with the JSON request; answers 200 with the JSON `IpcResult`. */
export const API_PREFIX = '/api/';
/** `GET /api/events`: a Server-Sent Events stream of `AppEvent`s (one JSON per `data:`). */
export const EVENTS_PATH = '/api/events';
/** Every API request carries the per-launch token in this header. */
export const TOKEN_HEADER = 'x-isotherm-token';
/** The URL fragment key that hands the token to the page: `http://127.0.0.1:PORT/#token=...`. */
export const TOKEN_FRAGMENT_KEY = 'token';
