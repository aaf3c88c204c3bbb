import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './dist.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc));

/**
 * The URL paths of every page the built site lists for search engines: the sitemap index, then
 * each sitemap it names (read from dist/, since the site is not deployed when the tests run).
 */
export function sitemapPaths(): string[] {
	return locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).flatMap((sitemap) =>
		locs(readFileSync(join(dist, sitemap.pathname), 'utf8')).map((page) => page.pathname),
	);
}
