import { siteHref } from '../../lib/urls/base';
import type { Locale } from '../../schemas/common';
import type { PagefindInstance } from '../../lib/search/engine';

interface PagefindModule {
	createInstance(options?: { basePath?: string; baseUrl?: string }): PagefindInstance & { init(): Promise<void> };
}

const BUNDLE = siteHref('/pagefind/');

/**
 * Pagefind instances for the interface's edition: the Russian index alone on Russian pages;
 * on English pages the English index plus the Russian one, so that English readers find the
 * Russian quotes too. Each language gets its own instance (with its own stemmer) rather than a
 * merged index, which would analyse Russian queries with the English stemmer. `createInstance`
 * picks its language from `<html lang>`, read synchronously, hence the brief switch.
 */
export async function loadPagefind(locale: Locale): Promise<{ language: Locale; pagefind: PagefindInstance }[]> {
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
			return module.createInstance({ basePath: BUNDLE, baseUrl: siteHref('/') });
		} finally {
			if (saved === null) html.removeAttribute('lang');
			else html.setAttribute('lang', saved);
		}
	};
	const instances = languages.map((language, i) => ({ language, pagefind: instance(language, modules[i]) }));
	await Promise.all(instances.map((i) => (i.pagefind as PagefindInstance & { init(): Promise<void> }).init()));
	return instances;
}
