import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Characters the site may set in its fonts whatever the texts say: printable ASCII, Latin-1
 * punctuation and symbols (« », no-break space, §, ©, °), the Russian alphabet with Ё, and the
 * punctuation Russian typography and `Intl` write (thin and narrow no-break spaces, dashes,
 * quotes, ellipsis, №, arrows). Every other character comes from the texts themselves: the
 * whole of a Unicode block costs bytes in every font file a page loads.
 */
const ALWAYS: [from: number, to: number][] = [
	[0x20, 0x7e],
	[0xa0, 0xbf],
	[0x401, 0x401],
	[0x410, 0x44f],
	[0x451, 0x451],
	[0x2009, 0x2014],
	[0x2018, 0x201e],
	[0x2026, 0x2026],
	[0x202f, 0x202f],
	[0x2116, 0x2116],
	[0x2190, 0x2193],
];

/**
 * Characters of running text in either edition: the Latin and Russian alphabets, digits, the
 * punctuation of prose and of the interface (the `#` of a permalink, the `[…]` of a citation
 * marker, the `+` of Ctrl+K, the `×` that closes the search), Russian quotes, dashes and spaces.
 * Each face's first file holds these, kerned together; the other characters of `siteGlyphs`
 * (symbols, Kazakh and Ukrainian letters, accented Latin) go to a second file, which only a page
 * showing one of them fetches (`unicode-range`).
 */
export const RUNNING_TEXT = /[A-Za-zА-яЁё0-9 !"#'()+,\-./:;?[\]\u00a0«»·×–—‘’“”„…№\u2009\u2011\u202f]/;

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
