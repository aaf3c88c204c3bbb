import { defineMiddleware } from 'astro:middleware';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { localeFromUrl } from './lib/urls/locale';
import { markRussian } from './lib/markdown/mark-russian';

/** Astro renders the enhancements' processed script (`Enhancements.astro`) as one that loads at once. */
const ENHANCEMENTS_SCRIPT = /<script type="module" src="([^"]*\/Enhancements\.astro_[^"]*\.js)"><\/script>/;

/**
 * Two passes over every page. The enhancements' script becomes `<meta name="enhancements">`:
 * the inline bootstrap imports that address on first use, so no script loads with a page.
 * English pages quote Russian everywhere (names, terms, citation formats): components mark the
 * quotes they render; the second pass marks whatever Russian is left.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const type = response.headers.get('content-type');
	// Prerendered pages carry no content type; endpoints (JSON, CSV, PNG) always set theirs.
	if (type !== null && !type.includes('text/html')) return response;
	const html = await response.text();
	const script = ENHANCEMENTS_SCRIPT.exec(html);
	if (!script)
		throw new Error(`${context.url.pathname}: the enhancements' script is not where the middleware expects it`);
	let page = html.replace(script[0], `<meta name="enhancements" content="${script[1]}">`);
	if (localeFromUrl(context.url) === 'en') {
		const tree = fromHtml(page);
		markRussian(tree);
		page = toHtml(tree);
	}
	return new Response(page, { status: response.status, headers: response.headers });
});
