import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages, dist, page, selectAll } from './dist.ts';

/** The committed list of every address the site has published; it only ever grows. */
export const MANIFEST = new URL('../addresses/published.txt', import.meta.url);

/** Addresses a reader may have cited: every page, every anchor in a source, every data file. */
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

/**
 * The ids of a built page's elements, parsed once per page: the link check asks about thousands
 * of anchors on the same few hundred pages, and parsing a page each time made it take a minute.
 */
const idsByPage = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
	let ids = idsByPage.get(path);
	if (!ids) {
		ids = new Set(selectAll('[id]', page(path)).map((el) => String(el.properties.id)));
		idsByPage.set(path, ids);
	}
	return ids;
}

/** Whether an address still leads somewhere in the built site: its page exists, and so does its anchor. */
export function resolves(address: string): boolean {
	const [path, hash] = address.split('#');
	const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
	if (!existsSync(file)) return false;
	if (!hash) return true;
	return idsOf(path).has(hash);
}
