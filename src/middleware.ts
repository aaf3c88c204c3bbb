import { defineMiddleware } from 'astro:middleware';
import { localeFromUrl } from './lib/urls/locale';

/**
 * Astro renders the enhancements' processed scripts (`Enhancements.astro`) as ones that load at
 * once, numbered in the component's order: each becomes the meta element the bootstrap reads.
 */
const ENHANCEMENTS_SCRIPT =
	/<script type="module" src="([^"]*\/Enhancements\.astro_astro_type_script_index_(\d+)_lang[^"]*\.js)"><\/script>/g;
const ENHANCEMENTS_META = ['enhancements', 'search-enhancements'];

/**
 * Prepares each page's context and never re-parses its HTML (Starlight's `locals.ts` model): the
 * page's edition goes to `Astro.locals` for the components. One string replacement remains: the
 * enhancements' scripts become meta elements, so that the inline bootstrap imports their
 * addresses on first use and no script loads with a page. Russian passages of
 * English pages are marked where they are rendered (components, `rehype-mark-russian`).
 */
export const onRequest = defineMiddleware(async (context, next) => {
	// Components read the page's edition here instead of parsing the URL themselves.
	context.locals.locale = localeFromUrl(context.url);
	const response = await next();
	const type = response.headers.get('content-type');
	// Prerendered pages carry no content type; endpoints (JSON, CSV, PNG) always set theirs.
	if (type !== null && !type.includes('text/html')) return response;
	const html = await response.text();
	const scripts = [...html.matchAll(ENHANCEMENTS_SCRIPT)];
	if (scripts.map((m) => ENHANCEMENTS_META[Number(m[2])]).join() !== ENHANCEMENTS_META.join())
		throw new Error(`${context.url.pathname}: the enhancements' scripts are not where the middleware expects them`);
	const page = scripts.reduce(
		(page, [script, src, index]) =>
			page.replace(script, `<meta name="${ENHANCEMENTS_META[Number(index)]}" content="${src}">`),
		html,
	);
	return new Response(page, { status: response.status, headers: response.headers });
});
