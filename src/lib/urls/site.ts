import { locales, type Locale } from '../../schemas/locales';
import { configuredBase, siteHref } from './base';
import { localizedHref } from './locale';

/** The site's address, which absolute URLs need; a build without `site` is misconfigured. */
export function requireSite(site: URL | undefined): URL {
	if (!site) throw new Error('absolute URLs need the site address: set `site` in astro.config.mjs');
	return site;
}

/** The absolute URL of a site path (`/claims/x/`), under the configured base. */
export const absoluteUrl = (path: string, site: URL, base = configuredBase) => new URL(siteHref(path, base), site).href;

/**
 * A page's absolute URL in each edition, from its absolute URL in either: under the base
 * `/kz-ru/`, `https://h.org/kz-ru/en/x/` gives `https://h.org/kz-ru/x/` and itself. Every page
 * route is `src/pages/[...lang]/`, so every page has both (the sitemap's build test holds the
 * build to it).
 */
export function editionUrls(url: string, base = configuredBase): Record<Locale, string> {
	const { origin, pathname } = new URL(url);
	return Object.fromEntries(
		locales.map((locale) => [locale, origin + localizedHref(pathname, locale, base)]),
	) as Record<Locale, string>;
}
