import type { APIRoute } from 'astro';
import { siteHref } from '../lib/urls/base';

/** Every page may be crawled; the sitemap lists them all, each with its other edition. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(siteHref('/sitemap-index.xml'), site)}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
