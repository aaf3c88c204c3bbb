import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Characters the site may set in its fonts whatever the texts say: printable ASCII, Latin-1
 * punctuation and symbols (« », no-break space, §, ©, °), basic Cyrillic with Ё, and general
 * punctuation (dashes, quotes, ellipsis, thin and narrow no-break spaces that `Intl` writes).
 */
const ALWAYS: [from: number, to: number][] = [
	[0x20, 0x7e],
	[0xa0, 0xbf],
	[0x400, 0x45f],
	[0x2000, 0x206f],
	[0x2116, 0x2116],
	[0x2190, 0x2193],
];

/** Files whose text the pages show: the corpus and the site's own strings and templates. */
const TEXT_FILE = /\.(mdx?|json|ts|astro)$/;

function* textFiles(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* textFiles(path);
		else if (TEXT_FILE.test(name)) yield path;
	}
}

/** Every character in the given texts, and the ones any page may need; sorted, without duplicates. */
export function glyphsOf(texts: Iterable<string>): string {
	const chars = new Set<string>();
	for (const [from, to] of ALWAYS) for (let c = from; c <= to; c++) chars.add(String.fromCodePoint(c));
	for (const text of texts) for (const char of text) if (char >= ' ') chars.add(char);
	return [...chars].sort().join('');
}

/** The characters the site can show, read from its content and its source (`content/`, `src/`). */
export const siteGlyphs = (root: string): string =>
	glyphsOf(
		(function* () {
			for (const dir of ['content', 'src'])
				for (const file of textFiles(join(root, dir))) yield readFileSync(file, 'utf8');
		})(),
	);
