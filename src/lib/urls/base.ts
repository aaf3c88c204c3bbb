/**
 * N.B. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE (search): no Node APIs.
 *
 * The configured `base`: `/` at a domain's root, `/kz-ru/` on a project page of a static host.
 * Vite provides it to everything rendered and to the browser scripts; code run outside Vite
 * (astro.config.mjs, the search-index integration) passes it explicitly or needs only
 * root-relative paths. Every function takes the base as an optional last argument, so that the
 * unit tests run each case at the root and under a sub-path.
 */
export const configuredBase: string = import.meta.env?.BASE_URL ?? '/';

/** The base without its trailing slash: empty at the root, `/kz-ru` under a sub-path. */
const prefixOf = (base: string) => base.replace(/\/$/, '');

/** A link to a file or page of the site under the base: `/data/x.json` → `/kz-ru/data/x.json`. */
export const siteHref = (path: string, base = configuredBase): string =>
	`${prefixOf(base)}${path.startsWith('/') ? path : `/${path}`}`;

/**
 * The site path of an address under the base: `/kz-ru/en/sources/x/` → `/en/sources/x/`. An
 * address outside the base is returned as it is.
 */
export function stripBase(href: string, base = configuredBase): string {
	const prefix = prefixOf(base);
	if (!prefix) return href;
	if (href === prefix) return '/';
	return href.startsWith(`${prefix}/`) ? href.slice(prefix.length) : href;
}

/**
 * An address written from the site's root (`/claims/x/`, in Markdown) under the base, once;
 * other addresses (`#x`, `https:`, `//host`, already under the base) stay as they are.
 */
export const withBase = (href: string, base = configuredBase): string =>
	href.startsWith('/') && !href.startsWith('//') && stripBase(href, base) === href ? siteHref(href, base) : href;
