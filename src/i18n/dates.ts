import { intlTag, type Locale } from './index';
import type { Dating } from '../schemas/common';

const asUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The three formats of an edition, made once: a formatter costs far more to make than to use,
 * and every list of sources dates each one (made per call, they were 1 % of a build's CPU time).
 */
const formatters = new Map<Locale, Record<'day' | 'month' | 'year', Intl.DateTimeFormat>>();
function formattersOf(locale: Locale) {
	let found = formatters.get(locale);
	if (!found) {
		const tag = intlTag(locale);
		found = {
			day: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
			month: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
			year: new Intl.DateTimeFormat(tag, { year: 'numeric', timeZone: 'UTC' }),
		};
		formatters.set(locale, found);
	}
	return found;
}

/** A date as precisely as it is known: «8 июня 2022 г.», «июнь 2022 г.», «янв. 2022 г. — февр. 2022 г.». */
export function formatDating(locale: Locale, date: Dating): string {
	const { day, month, year } = formattersOf(locale);
	switch (date.precision) {
		case 'day':
			return day.format(asUtc(date.start));
		case 'month':
			return month.format(asUtc(date.start));
		case 'year':
			return year.format(asUtc(date.start));
		case 'range':
			return day.formatRange(asUtc(date.start), asUtc(date.end ?? date.start));
	}
}

/** The machine-readable value for `<time datetime>`: the day, month or year, or the range start. */
export function datetimeAttribute(date: Dating): string {
	if (date.precision === 'month') return date.start.slice(0, 7);
	if (date.precision === 'year') return date.start.slice(0, 4);
	return date.start;
}
