/**
 * N.B. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE (search): no Node APIs.
 *
 * The editions' addresses: Russian at the site's root, English under `/en/`, both under the
 * base. As in Starlight's `utils/localizedUrl.ts`, every function strips the base, works on the
 * site path, and restores the base.
 */
import { locales, type Locale } from '../../schemas/common';
import { configuredBase, siteHref, stripBase } from './base';

/** The edition served at the site root. */
export const defaultLocale: Locale = 'ru';

/** The edition of a site path (no base): `/en/…` is English, everything else Russian. */
function localeOfPath(path: string): Locale {
	const segment = path.split(/[/?#]/)[1];
	return locales.find((l) => l !== defaultLocale && l === segment) ?? defaultLocale;
}

/** The edition a page URL belongs to: `/kz-ru/en/…` under the base `/kz-ru/` is English. */
export const localeFromUrl = (url: URL, base = configuredBase): Locale => localeOfPath(stripBase(url.pathname, base));

/** A site path in the given edition: `/sources/x/` → `/en/sources/x/` for English. */
export function localePath(locale: Locale, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** A link to a page: its path in the edition under the base (`/kz-ru/en/sources/x/`). */
export const localeHref = (locale: Locale, path: string, base = configuredBase): string =>
	siteHref(localePath(locale, path), base);

/**
 * The same page in another edition, from a link under the base: `/kz-ru/sources/x/#c` →
 * `/kz-ru/en/sources/x/#c`. The query and the fragment are kept.
 */
export function localizedHref(href: string, locale: Locale, base = configuredBase): string {
	const path = stripBase(href, base);
	const current = localeOfPath(path);
	const withoutLocale = current === defaultLocale ? path : path.slice(`/${current}`.length) || '/';
	return localeHref(locale, withoutLocale, base);
}
