import { siteHref } from '../../lib/urls/base';
import type { Locale } from '../../schemas/common';
import type { AliasGroup } from '../../lib/search/aliases';

/** `/search-data/<locale>.json`: alias groups and interface strings. */
export interface SearchData {
	locale: Locale;
	strings: Record<string, string> & {
		plural: Record<string, string>;
		type: Record<string, string>;
	};
	aliases: AliasGroup[];
	/**
	 * Where the names of `aliases` (the groups one after another) are in no index of the edition,
	 * in any form, so not probed: a digit per name, its bit `1 << i` set for `BUNDLES[i]` (added by
	 * the `search-index` integration).
	 */
	absent: string;
	/**
	 * On English pages, the words in Latin script that the Russian indexes hold (folded, both
	 * bundles; added by the `search-index` integration): the engine asks the Russian index for a
	 * Latin word only if it begins one of these, so that an English query does not load the
	 * Russian index when the Russian texts cannot have its words. Absent on Russian pages, and
	 * when the Russian texts have more such words than the list is worth (`LATIN_WORDS_MAX` in
	 * `aliases.ts`): every word is then asked.
	 */
	latinInRussian?: string[];
}

/** The search page's own strings: its filters' and order's controls. */
export const PAGE_STRINGS = [
	'filters',
	'sort',
	'sortRelevance',
	'sortDateAsc',
	'sortDateDesc',
	'any',
	'filter',
] as const;

/**
 * `/search-data/filters/<locale>.json`, the search page's alone: the labels of the filter values,
 * by filter, and its controls' strings ({@link PAGE_STRINGS}).
 */
export type FilterLabels = Record<
	'source' | 'author' | 'stance' | 'theme' | 'kind' | 'type',
	Record<string, string>
> & {
	strings: Record<Exclude<(typeof PAGE_STRINGS)[number], 'filter'>, string> & { filter: Record<string, string> };
};

const cache = new Map<string, Promise<unknown>>();

/** A JSON file of the site, fetched once per page however often it is asked for. */
function loadJson<T>(path: string): Promise<T> {
	if (!cache.has(path))
		cache.set(
			path,
			fetch(siteHref(path)).then((r) => {
				if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
				return r.json();
			}),
		);
	return cache.get(path) as Promise<T>;
}

/** The search data of an edition. */
export const loadSearchData = (locale: Locale) => loadJson<SearchData>(`/search-data/${locale}.json`);

/** The labels of the filter values: the search page's alone. */
export const loadFilterLabels = (locale: Locale) => loadJson<FilterLabels>(`/search-data/filters/${locale}.json`);

/** The words an edition's search can find, most frequent first: loaded only when a query word is in no text. */
export const loadVocabulary = (locale: Locale) => loadJson<string[]>(`/search-data/words/${locale}.json`);

/** «5 результатов» / "5 results", with the plural form Intl chooses for the edition. */
export function countLabel(data: SearchData, count: number): string {
	const rule = new Intl.PluralRules(data.locale === 'ru' ? 'ru-RU' : 'en-GB').select(count);
	return `${count} ${data.strings.plural[rule] ?? data.strings.plural.other}`;
}
