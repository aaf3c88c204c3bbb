import type { Locale } from '../../schemas/common';
import { siteHref } from './base';

/** The edition served at the site root. */
export const defaultLocale: Locale = 'ru';

/** The edition a page URL belongs to: `/en/…` (under the base) is English, everything else Russian. */
export const localeFromUrl = (url: URL): Locale =>
	new RegExp(`^${siteHref('/en')}(/|$)`).test(url.pathname) ? 'en' : defaultLocale;

/** A site path in the given edition: `/sources/x/` → `/en/sources/x/` for English. */
export function localePath(locale: Locale, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return locale === defaultLocale ? clean : `/${locale}${clean === '/' ? '/' : clean}`;
}

/** A link to a page: its path in the edition under the configured base (`/kz-ru/en/sources/x/`). */
export const localeHref = (locale: Locale, path: string): string => siteHref(localePath(locale, path));
