/**
 * The configured `base` without its trailing slash: empty at a domain's root, `/kz-ru` on a
 * project page of a static host. Vite provides it to everything rendered and to the browser
 * scripts; code run outside Vite (the search-index integration) only needs root-relative paths.
 */
const basePath = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/** A link to a file or page of the site under the configured base: `/data/x.json` → `/kz-ru/data/x.json`. */
export const siteHref = (path: string): string => `${basePath}${path.startsWith('/') ? path : `/${path}`}`;
