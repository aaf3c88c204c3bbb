import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages, dist, page, selectAll } from './dist.ts';

/** The committed list of every address the site has published; it only ever grows. */
export const MANIFEST = new URL('../addresses/published.txt', import.meta.url);

/** Addresses a reader may have cited: every page, every anchor in a source, every data file, the feeds. */
export function currentAddresses(): string[] {
	const addresses = new Set<string>();
	for (const path of builtPages()) {
		if (path === '/404.html' || path.startsWith('/og/')) continue;
		addresses.add(path);
		if (/^(\/en)?\/sources\/[^/]+\/$/.test(path))
			for (const el of selectAll('.source__body [id]', page(path))) {
				const id = String(el.properties.id);
				if (
					/^p-\d+$/.test(id) ||
					el.properties.dataClaim ||
					(el.properties.className as string[] | undefined)?.includes('claim-alias')
				)
					addresses.add(`${path}#${id}`);
			}
	}
	// Feed readers keep a subscription for years.
	for (const feed of ['/feed.xml', '/en/feed.xml']) if (existsSync(join(dist, feed))) addresses.add(feed);
	const data = join(dist, 'data');
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) =>
			statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
		);
	if (existsSync(data))
		for (const file of walk(data)) if (!file.endsWith('.html')) addresses.add(`/${relative(dist, file)}`);
	return [...addresses].sort();
}

/** The addresses recorded in the manifest, without comments and blank lines. */
export const readManifest = (): string[] =>
	readFileSync(MANIFEST, 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));
