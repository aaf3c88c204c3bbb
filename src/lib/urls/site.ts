import { configuredBase, siteHref } from './base';

/** The site's address, which absolute URLs need; a build without `site` is misconfigured. */
export function requireSite(site: URL | undefined): URL {
	if (!site) throw new Error('absolute URLs need the site address: set `site` in astro.config.mjs');
	return site;
}

/** The absolute URL of a site path (`/claims/x/`), under the configured base. */
export const absoluteUrl = (path: string, site: URL, base = configuredBase) => new URL(siteHref(path, base), site).href;
