import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile, CorpusFiles } from './check/index';

function filesUnder(root: string, dir: string, pattern: RegExp): ContentFile[] {
	const absolute = join(root, dir);
	let names: string[];
	try {
		names = readdirSync(absolute);
	} catch {
		return [];
	}
	return names.sort().flatMap((name) => {
		const path = join(absolute, name);
		if (statSync(path).isDirectory()) return filesUnder(root, join(dir, name), pattern);
		return pattern.test(name) ? [{ path: relative(root, path), text: readFileSync(path, 'utf8') }] : [];
	});
}

/** Reads every content file under `<root>/content`, with paths relative to `root`. */
export function readCorpusFiles(root: string): CorpusFiles {
	return {
		sources: filesUnder(root, 'content/sources', /\.mdx$/),
		themes: filesUnder(root, 'content/themes', /\.json$/),
		events: filesUnder(root, 'content/events', /\.json$/),
		entities: filesUnder(root, 'content/entities', /\.json$/),
		essays: filesUnder(root, 'content/essays', /\.mdx$/),
		pages: filesUnder(root, 'content/pages', /\.mdx$/),
	};
}
