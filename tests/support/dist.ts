import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');

/**
 * The built site in `dir`, read by URL path; under a sub-path build, paths are still given from
 * the site's root (`/sources/x/`), as `dir` holds them.
 */
export function builtSite(dir: string) {
	const parsed = new Map<string, Root>();
	/** Parses a built page by its URL path, e.g. `/sources/x/`, once per test file. */
	const page = (path: string): Root => {
		const file = join(dir, path, path.endsWith('/') ? 'index.html' : '');
		if (!existsSync(file)) throw new Error(`no built page at ${path} (${file})`);
		if (!parsed.has(path)) parsed.set(path, fromHtml(readFileSync(file, 'utf8')));
		return parsed.get(path)!;
	};

	/** Every built HTML page, as URL paths (`/`, `/sources/x/`, `/404.html`). */
	const pages = (): string[] => {
		const out: string[] = [];
		const walk = (folder: string) => {
			for (const name of readdirSync(folder)) {
				const path = join(folder, name);
				if (statSync(path).isDirectory()) {
					if (name !== 'pagefind' && name !== '_astro') walk(path);
				} else if (name.endsWith('.html')) {
					const rel = `/${relative(dir, path)}`;
					out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
				}
			}
		};
		walk(dir);
		return out.sort();
	};

	const anchors = new Map<string, Set<string>>();
	/** Whether an address leads somewhere in the built site: its page exists, and so does its anchor. */
	const resolves = (address: string): boolean => {
		const [path, hash] = address.split('#');
		const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
		if (!existsSync(file)) return false;
		if (!hash) return true;
		if (!anchors.has(path))
			anchors.set(path, new Set(selectAll('[id]', page(path)).map((el) => String(el.properties.id))));
		return anchors.get(path)!.has(hash);
	};

	return { dir, page, pages, resolves };
}

/** The site as `npm run build` writes it. */
const site = builtSite(dist);
export const { page, resolves } = site;
export const builtPages = site.pages;

/** The same site built under a sub-path, as a project page of a static host serves it (built by the tests' setup). */
export const SUB_PATH = '/kz-ru/';
export const subPathDist = join(root, 'node_modules', '.cache', 'dist-sub-path');

export { select, selectAll, toString as text };
export type { Element, Root };
