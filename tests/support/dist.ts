import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');

/** Parses a built page by its URL path, e.g. `/sources/x/`. */
export function page(path: string): Root {
	const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) throw new Error(`no built page at ${path} (${file})`);
	return fromHtml(readFileSync(file, 'utf8'));
}

/** Every built HTML page, as URL paths (`/`, `/sources/x/`, `/404.html`). */
export function builtPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(path);
			} else if (name.endsWith('.html')) {
				const rel = `/${relative(dist, path)}`;
				out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
			}
		}
	};
	walk(dist);
	return out.sort();
}

export { select, selectAll, toString as text };
export type { Element, Root };
