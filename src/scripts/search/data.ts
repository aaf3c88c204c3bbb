import { siteHref } from '../../lib/urls/base';
import type { Locale } from '../../schemas/common';
import type { AliasGroup } from '../../lib/search/aliases';

/** `/search-data/<locale>.json`: labels of filter ids, alias groups, interface strings. */
export interface SearchData {
	locale: Locale;
	strings: Record<string, string> & {
		plural: Record<string, string>;
		filter: Record<string, string>;
		type: Record<string, string>;
	};
	labels: Record<'source' | 'author' | 'stance' | 'theme' | 'kind' | 'type', Record<string, string>>;
	aliases: AliasGroup[];
}

const cache = new Map<Locale, Promise<SearchData>>();

/** The search data of an edition, fetched once per page however often search opens. */
export function loadSearchData(locale: Locale): Promise<SearchData> {
	if (!cache.has(locale))
		cache.set(
			locale,
			fetch(siteHref(`/search-data/${locale}.json`)).then((r) => {
				if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
				return r.json() as Promise<SearchData>;
			}),
		);
	return cache.get(locale)!;
}

/** «5 результатов» / "5 results", with the plural form Intl chooses for the edition. */
export function countLabel(data: SearchData, count: number): string {
	const rule = new Intl.PluralRules(data.locale === 'ru' ? 'ru-RU' : 'en-GB').select(count);
	return `${count} ${data.strings.plural[rule] ?? data.strings.plural.other}`;
}
