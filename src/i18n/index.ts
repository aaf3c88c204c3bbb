import { locales, type Locale } from '../schemas/common';
import en from './en';
import ru, { type Dictionary } from './ru';

export { locales, type Locale };
export type { Dictionary };

const dictionaries: Record<Locale, Dictionary> = { ru, en };

/** The interface strings of one edition. */
export const t = (locale: Locale): Dictionary => dictionaries[locale];

const intlLocale: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

/** BCP 47 tag used for `Intl` formatting in an edition. */
export const intlTag = (locale: Locale) => intlLocale[locale];

// Made once per edition: an `Intl` object costs far more to make than to use, and lists count on every row.
const pluralRules = Object.fromEntries(locales.map((l) => [l, new Intl.PluralRules(intlTag(l))])) as Record<
	Locale,
	Intl.PluralRules
>;
const numbers = Object.fromEntries(locales.map((l) => [l, new Intl.NumberFormat(intlTag(l))])) as Record<
	Locale,
	Intl.NumberFormat
>;

/** A count with its correctly declined noun: `plural('ru', 2, d.plurals.claim)` → «2 утверждения». */
export function plural(locale: Locale, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>): string {
	const word = forms[pluralRules[locale].select(count)] ?? forms.other ?? '';
	return `${numbers[locale].format(count)}\u00a0${word}`;
}

/**
 * A dictionary template with its `{name}` placeholders filled: the text around them as strings,
 * each placeholder as the value given for it (a string, or markup such as a link), in order.
 * Throws on a placeholder without a value, so that no `{name}` reaches a page.
 */
export function parts<T>(template: string, values: Record<string, T>): (string | T)[] {
	return template.split(/\{(\w+)\}/).map((piece, i) => {
		if (i % 2 === 0) return piece;
		if (!(piece in values)) throw new Error(`no value for {${piece}} in "${template}"`);
		return values[piece];
	});
}
