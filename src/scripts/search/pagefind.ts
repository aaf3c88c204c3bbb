import { siteHref } from '../../lib/urls/base';
import type { Locale } from '../../schemas/common';
import { BUNDLES, BUNDLE_FILTER, type IndexLanguage, type PagefindInstance } from '../../lib/search/engine';

interface PagefindModuleInstance extends PagefindInstance {
	init(): Promise<void>;
	options(options: { mergeFilter: Record<string, string> }): Promise<void>;
	mergeIndex(path: string, options: { language: Locale; mergeFilter: Record<string, string> }): Promise<void>;
}

interface PagefindModule {
	createInstance(options?: { basePath?: string; baseUrl?: string; noWorker?: boolean }): PagefindModuleInstance;
}

const BUNDLE = siteHref('/pagefind/');
/** The pages' bundle, inside the sources' (`PAGES_BUNDLE` of `src/integrations/search-index-run.ts`). */
const PAGES_BUNDLE = `${BUNDLE}pages/`;

/**
 * Pagefind instances for the interface's edition: the Russian index alone on Russian pages;
 * on English pages the English index plus the Russian one, so that English readers find the
 * Russian quotes too. Each language gets its own instance (with its own stemmer) rather than a
 * merged index, which would analyse Russian queries with the English stemmer. `createInstance`
 * picks its language from `<html lang>`, read synchronously, hence the brief switch. Each
 * instance starts with the sources' bundle and takes the pages' bundle in on demand
 * (`mergeIndex`, which runs it on the same WebAssembly); every result carries its bundle as a
 * synthetic filter, so that the engine asks one bundle at a time.
 */
export async function loadPagefind(locale: Locale): Promise<IndexLanguage[]> {
	const html = document.documentElement;
	const languages: Locale[] = locale === 'en' ? ['en', 'ru'] : ['ru'];
	// Instances of one module share its WebAssembly memory and break each other (measured:
	// "memory access out of bounds"), so each language imports its own copy of the module.
	const modules = await Promise.all(
		languages.map(
			(language) => import(/* @vite-ignore */ `${BUNDLE}pagefind.js?language=${language}`) as Promise<PagefindModule>,
		),
	);
	const instance = (language: Locale, module: PagefindModule) => {
		const saved = html.getAttribute('lang');
		html.setAttribute('lang', language);
		try {
			// Result URLs are root-relative in the index; `baseUrl` puts them under the site's base.
			// No worker: its script (12 KB) would be one more download per first query, and the
			// engine's probes are small.
			return module.createInstance({ basePath: BUNDLE, baseUrl: siteHref('/'), noWorker: true });
		} finally {
			if (saved === null) html.removeAttribute('lang');
			else html.setAttribute('lang', saved);
		}
	};
	return Promise.all(
		languages.map(async (language, i) => {
			const pagefind = instance(language, modules[i]);
			await pagefind.init();
			await pagefind.options({ mergeFilter: { [BUNDLE_FILTER]: BUNDLES[0] } });
			let pages: Promise<void> | undefined;
			return {
				language,
				pagefind,
				loadPages: () =>
					(pages ??= pagefind.mergeIndex(PAGES_BUNDLE, { language, mergeFilter: { [BUNDLE_FILTER]: BUNDLES[1] } })),
			};
		}),
	);
}
