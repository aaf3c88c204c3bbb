import { defineMiddleware } from 'astro:middleware';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { markRussian } from './lib/mark-russian';

/**
 * English pages quote Russian everywhere (names, terms, citation formats). Components mark the
 * quotes they render; this pass marks whatever Russian is left, once, for every English page.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const type = response.headers.get('content-type');
	// Prerendered pages carry no content type; endpoints (JSON, CSV, PNG) always set theirs.
	if (!context.url.pathname.startsWith('/en/') || (type !== null && !type.includes('text/html'))) return response;
	const tree = fromHtml(await response.text());
	markRussian(tree);
	return new Response(toHtml(tree), { status: response.status, headers: response.headers });
});
