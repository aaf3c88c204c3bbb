import { siteHref } from '../lib/base';
import { locales, type Locale } from '../schemas/common';
import en from './en';
import ru, { type Dictionary } from './ru';

export { locales, siteHref, type Locale };
export type { Dictionary };

/** The edition served at the site root. */
export const defaultLocale: Locale = 'ru';

const dictionaries: Record<Locale, Dictionary> = { ru, en };

/** The interface strings of one edition. */
export const t = (locale: Locale): Dictionary => dictionaries[locale];

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

const intlLocale: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

/** BCP 47 tag used for `Intl` formatting in an edition. */
export const intlTag = (locale: Locale) => intlLocale[locale];

/** A count with its correctly declined noun: `plural('ru', 2, d.plurals.claim)` → «2 утверждения». */
export function plural(locale: Locale, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>): string {
	const rule = new Intl.PluralRules(intlTag(locale)).select(count);
	const word = forms[rule] ?? forms.other ?? '';
	return `${new Intl.NumberFormat(intlTag(locale)).format(count)}\u00a0${word}`;
}
