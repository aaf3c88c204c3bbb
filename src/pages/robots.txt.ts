import type { APIRoute } from 'astro';
import { absoluteUrl, requireSite } from '../lib/urls/site';

/** Every page may be crawled; the sitemap lists them all, each with its other edition. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', requireSite(site))}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
