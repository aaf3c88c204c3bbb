import Typograf from 'typograf';
import type { Locale } from '../../schemas/common';

/**
 * Binding a short word or a number to the next word is a Russian (Slavic) convention; English
 * typesetting lets lines break there, so these rules are off for English (Typograf's en-US
 * locale applies them too).
 */
const russianBindingRules = [
	'common/nbsp/afterShortWord',
	'common/nbsp/afterShortWordByList',
	'common/nbsp/beforeShortLastWord',
	'common/nbsp/beforeShortLastNumber',
	'common/nbsp/afterNumber',
];

const engines: Record<Locale, Typograf> = {
	ru: new Typograf({ locale: ['ru', 'en-US'] }),
	en: new Typograf({ locale: ['en-US'], disableRule: russianBindingRules }),
};

/**
 * Typography for the site's own prose: quotation marks and dashes in each language's manner, a
 * no-break space before a dash; in Russian also after short words. Never call it on a quote or
 * a source body: those stay verbatim.
 */
export function typeset(text: string, locale: Locale): string {
	return engines[locale].execute(text);
}
