import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { EntityData } from '../../schemas/entity';
import type { EssayData } from '../../schemas/essay';
import type { EventData } from '../../schemas/event';
import type { PageData } from '../../schemas/page';
import type { SourceData } from '../../schemas/source';
import type { ThemeData } from '../../schemas/theme';

/** A content file as read from disk: its path relative to the project root, and its text. */
export interface ContentFile {
	path: string;
	text: string;
}

/** Every content file of the site, by collection. */
export interface CorpusFiles {
	sources: ContentFile[];
	themes: ContentFile[];
	events: ContentFile[];
	entities: ContentFile[];
	essays: ContentFile[];
	pages: ContentFile[];
}

/** A source as published (open data, queries): slug, validated frontmatter and verbatim body. */
export interface CorpusSource {
	slug: string;
	data: SourceData;
	/** The Markdown body: the source text verbatim, paragraphs separated by blank lines. */
	body: string;
}

/** A source record that passed its schema. */
export interface CheckedSource extends CorpusSource {
	file: string;
}

/** Everything the site is built from, parsed and checked (`checkCorpus` in `./check/`). */
export interface CheckedCorpus {
	sources: CheckedSource[];
	themes: { file: string; data: ThemeData }[];
	events: { file: string; data: EventData }[];
	entities: { file: string; data: EntityData }[];
	essays: { file: string; slug: string; data: EssayData; body: string }[];
	pages: { file: string; slug: string; data: PageData; body: string }[];
}

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
