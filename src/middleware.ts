import { defineMiddleware } from 'astro:middleware';
import { localeFromUrl } from './lib/urls/locale';

/** Astro renders the enhancements' processed script (`Enhancements.astro`) as one that loads at once. */
const ENHANCEMENTS_SCRIPT = /<script type="module" src="([^"]*\/Enhancements\.astro_[^"]*\.js)"><\/script>/;

/**
 * Prepares each page's context and never re-parses its HTML (Starlight's `locals.ts` model): the
 * page's edition goes to `Astro.locals` for the components. One string replacement remains: the
 * enhancements' script becomes `<meta name="enhancements">`, so that the inline bootstrap
 * imports that address on first use and no script loads with a page. Russian passages of
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
	const script = ENHANCEMENTS_SCRIPT.exec(html);
	if (!script)
		throw new Error(`${context.url.pathname}: the enhancements' script is not where the middleware expects it`);
	const page = html.replace(script[0], `<meta name="enhancements" content="${script[1]}">`);
	return new Response(page, { status: response.status, headers: response.headers });
});
