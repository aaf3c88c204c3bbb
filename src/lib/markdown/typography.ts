import Typograf from 'typograf';
import type { Locale } from '../../schemas/common';

const engines: Record<Locale, Typograf> = {
	ru: new Typograf({ locale: ['ru', 'en-US'] }),
	en: new Typograf({ locale: ['en-US'] }),
};

/**
 * Typography for the site's own prose: quotation marks, dashes, no-break spaces before dashes
 * and after short words. Never call it on a quote or a source body: those stay verbatim.
 */
export function typeset(text: string, locale: Locale): string {
	return engines[locale].execute(text);
}
