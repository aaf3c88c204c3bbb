import { siteHref } from '../../lib/urls/base';
import type { Locale } from '../../schemas/common';
import { BUNDLES, BUNDLE_FILTER, type IndexLanguage, type PagefindInstance } from '../../lib/search/engine';

interface PagefindModuleInstance extends PagefindInstance {
	init(): Promise<void>;
	options(options: { mergeFilter: Record<string, string> }): Promise<void>;
	mergeIndex(
		path: string,
		options: { language: Locale; baseUrl?: string; mergeFilter: Record<string, string> },
	): Promise<void>;
}

interface PagefindModule {
	createInstance(options?: { basePath?: string; baseUrl?: string; noWorker?: boolean }): PagefindModuleInstance;
}

const BUNDLE = siteHref('/pagefind/');
/** The pages' bundle, inside the sources' (`PAGES_BUNDLE` of `src/integrations/search-index-run.ts`). */
const PAGES_BUNDLE = `${BUNDLE}pages/`;

/** The synthetic filter that tells one index language's results from another's in the shared instance. */
const LANGUAGE_FILTER = 'language';

/**
 * Pagefind splits every query with `Intl.Segmenter`, and the first segmenter a page makes loads
 * the browser's text-break data: 28 ms of a first query on the benchmark's machine. Making one
 * while the runtime downloads moves that cost before the reader's first word.
 */
function warmSegmenter(locale: Locale): void {
	if (typeof Intl.Segmenter === 'undefined') return;
	new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment('а')[Symbol.iterator]().next();
}

/**
 * Pagefind's indexes for the interface's edition: the Russian index alone on Russian pages; on
 * English pages the English index plus the Russian one, so that English readers find the Russian
 * quotes too. One Pagefind instance holds them all and runs them on one WebAssembly (the
 * language-neutral one: the engine stems its probes itself, per language), so an English page
 * loads one runtime, not one per language. The instance starts with the page's own language (read
 * by Pagefind from `<html lang>`) and the sources' bundle; on demand, the other language's
 * sources and each language's pages' bundle join it (`mergeIndex`). Every result carries its
 * language and bundle as synthetic filters, so that the engine asks one language and one bundle
 * at a time, as if each language were an instance of its own.
 */
export async function loadPagefind(locale: Locale): Promise<IndexLanguage[]> {
	const languages: Locale[] = locale === 'en' ? ['en', 'ru'] : ['ru'];
	const runtime = import(/* @vite-ignore */ `${BUNDLE}pagefind.js`);
	// A task of its own, so that the dialog opening is not held up by it.
	setTimeout(() => warmSegmenter(locale));
	const module = (await runtime) as PagefindModule;
	// Result URLs are root-relative in the index; `baseUrl` puts them under the site's base.
	// No worker: its script (12 KB) would be one more download per first query, and the engine's
	// probes are small.
	const baseUrl = siteHref('/');
	const pagefind = module.createInstance({ basePath: BUNDLE, baseUrl, noWorker: true });
	const sources = (language: Locale) => ({ [BUNDLE_FILTER]: BUNDLES[0], [LANGUAGE_FILTER]: language });
	await pagefind.init();
	await pagefind.options({ mergeFilter: sources(locale) });
	// Another language joins when it is first asked (an English query whose words the Russian
	// texts cannot have never loads the Russian index: `latinInRussian` in `data.ts`). It lives in
	// the same bundle, which `mergeIndex` would skip as the primary's own if named by the same
	// path: the absolute address is the same folder.
	const merged = new Map<Locale, Promise<void>>([[locale, Promise.resolve()]]);
	const merge = (language: Locale) => {
		if (!merged.has(language))
			merged.set(
				language,
				pagefind.mergeIndex(new URL(BUNDLE, location.href).href, {
					language,
					baseUrl,
					mergeFilter: sources(language),
				}),
			);
		return merged.get(language)!;
	};
	const pages = new Map<Locale, Promise<void>>();
	return languages.map((language) => ({
		language,
		pagefind: {
			search: async (term, options) => {
				await merge(language);
				return pagefind.search(term, { ...options, filters: { ...options?.filters, [LANGUAGE_FILTER]: language } });
			},
		},
		loadPages: () => {
			if (!pages.has(language))
				pages.set(
					language,
					pagefind.mergeIndex(PAGES_BUNDLE, {
						language,
						mergeFilter: { [BUNDLE_FILTER]: BUNDLES[1], [LANGUAGE_FILTER]: language },
					}),
				);
			return pages.get(language)!;
		},
	}));
}
