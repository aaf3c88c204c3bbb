/**
 * Social (Open Graph) cards, 1200×630 PNG, rendered at build time: Satori lays a card out as SVG
 * with every glyph drawn as a path, sharp rasterises it. Takes plain text and returns PNG bytes;
 * the only I/O is reading the self-hosted font files from node_modules, once per process.
 * Satori takes plain `{ type, props }` objects, so no React is involved.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

/** Card width in pixels: the size Facebook, LinkedIn and X recommend for large previews. */
export const OG_WIDTH = 1200;
/** Card height in pixels. */
export const OG_HEIGHT = 630;

/**
 * Fontsource subsets loaded for the cards. Cyrillic and Latin cover the corpus; Cyrillic Extended
 * adds the Kazakh letters (ә, қ, ң, ө, ұ, ү, і…) that names on this site may carry.
 */
export const OG_FONT_SUBSETS = ['cyrillic', 'cyrillic-ext', 'latin'] as const;

/** What a card shows, top to bottom. */
export interface CardContent {
	/** Small upper-case label above the heading, e.g. «Очерк» or a source's outlet. */
	kicker?: string;
	/** The main text, a title, set in bold serif. */
	heading: string;
	/** The line under the heading: a source's author and year, an essay's theme, the site's tagline. */
	sub?: string;
	/** Small text at the bottom: the site name. */
	footer: string;
}

/** Longest title before it is cut: three lines at the smallest title size. */
export const MAX_TITLE_CHARS = 120;
/** Longest sub line before it is cut: two lines at its size. */
export const MAX_SUB_CHARS = 130;

/**
 * Shortens `text` to at most `max` characters, ellipsis included, cutting at a word boundary.
 * Punctuation and a one- or two-letter lower-case word (a preposition or conjunction such as «в»,
 * «и», «на») left dangling before the ellipsis are dropped. Text that fits is only trimmed.
 */
export function truncateAtWord(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	// One character is left for the ellipsis.
	const limit = max - 1;
	const head = clean.slice(0, limit);
	// The character after the cut decides whether the last word of `head` is whole.
	const space = clean[limit] === ' ' ? limit : head.lastIndexOf(' ');
	// A single overlong word is cut mid-word rather than dropping half the text.
	let cut = space > limit / 2 ? head.slice(0, space) : head;
	cut = cut.replace(/\s\p{Ll}{1,2}$/u, '');
	return `${cut.replace(/[\s,;:.\-–—(«"“„]+$/u, '')}…`;
}

/**
 * A card for one source, shared by its page and its claims' pages: the outlet as the label, the
 * title, and who wrote it when. One card per source rather than per claim keeps the cards'
 * cost with the number of texts (a claim's summary stays in its page's title and description).
 */
export function sourceCard(outlet: string | undefined, title: string, byline: string, siteName: string): CardContent {
	return {
		kicker: outlet,
		heading: truncateAtWord(title, MAX_TITLE_CHARS),
		sub: byline,
		footer: siteName,
	};
}

/** A card for one essay: a label such as «Очерк», the essay's title and its theme. */
export function essayCard(label: string, title: string, themeTitle: string, siteName: string): CardContent {
	return {
		kicker: label,
		heading: truncateAtWord(title, MAX_TITLE_CHARS),
		sub: themeTitle,
		footer: siteName,
	};
}

/** The generic card of an edition: the site's name and tagline. */
export function siteCard(siteName: string, tagline: string, footer: string): CardContent {
	return { heading: siteName, sub: tagline, footer };
}

/** Everything a card says, for `og:image:alt`: the image is text, so its alt text is that text. */
export function cardAlt(card: CardContent): string {
	const sub = card.sub && truncateAtWord(card.sub, MAX_SUB_CHARS);
	return [card.kicker, card.heading].filter(Boolean).join(': ') + (sub ? `. ${sub}` : '');
}

/** Heading size of a title. */
export function titleFontSize(heading: string): number {
	const n = heading.length;
	if (n <= 40) return 72;
	if (n <= 80) return 60;
	return 50;
}

/** The light scheme of the site (src/styles/global.css): AA contrast on the paper background. */
const colors = { bg: '#fbfaf7', fg: '#1d1b18', soft: '#57524a', accent: '#0b5c8a', bar: '#b7791f', rule: '#d8d2c6' };

// Satori keeps one face per family, weight and style, so each subset is registered as a family
// of its own and the subsets are listed as fallbacks of one another.
const family = (name: string) => OG_FONT_SUBSETS.map((subset) => `'${name} ${subset}'`).join(', ');
const serif = family('PT Serif');
const sans = family('PT Sans');

/**
 * Glues one- and two-letter words («и», «в», «на») to the word after them with a no-break
 * space, as Russian typesetting does, so that no line ends on a preposition. Layout only: the
 * characters shown are unchanged.
 */
export const bindShortWords = (text: string) => text.replace(/(?<=^|[\s«„“"(])(\p{L}{1,2}) (?=\S)/gu, '$1\u00a0');

/** An element of Satori's input: the shape of a React element, without React. */
export interface CardNode {
	type: string;
	props: { style: Record<string, string | number>; children?: string | (CardNode | null)[] };
}

const el = (
	type: string,
	style: Record<string, string | number>,
	children?: string | (CardNode | null)[],
): CardNode => ({ type, props: { style, children } });

/** The element tree of a card: an accent bar on the left, the text on paper, the site name below a rule. */
export function cardTree(card: CardContent): CardNode {
	const sub = card.sub && bindShortWords(truncateAtWord(card.sub, MAX_SUB_CHARS));
	return el('div', { width: '100%', height: '100%', display: 'flex', backgroundColor: colors.bg, color: colors.fg }, [
		el('div', { width: 20, height: '100%', backgroundColor: colors.bar }),
		el('div', { flex: 1, display: 'flex', flexDirection: 'column', padding: '56px 80px 44px 72px' }, [
			card.kicker
				? el(
						'div',
						{
							fontFamily: sans,
							fontWeight: 700,
							fontSize: 26,
							letterSpacing: 2,
							textTransform: 'uppercase',
							color: colors.accent,
						},
						card.kicker,
					)
				: null,
			// Hidden overflow keeps a misjudged heading size from running into the footer.
			el('div', { flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', overflow: 'hidden' }, [
				el(
					'div',
					{
						fontFamily: serif,
						fontWeight: 700,
						fontSize: titleFontSize(card.heading),
						lineHeight: 1.15,
						textWrap: 'balance',
					},
					bindShortWords(card.heading),
				),
				sub
					? el(
							'div',
							{ fontFamily: sans, fontWeight: 400, fontSize: 30, lineHeight: 1.3, color: colors.soft, marginTop: 28 },
							sub,
						)
					: null,
			]),
			el(
				'div',
				{ display: 'flex', alignItems: 'center', borderTop: `2px solid ${colors.rule}`, paddingTop: 20, marginTop: 24 },
				[
					el('div', { width: 14, height: 14, backgroundColor: colors.accent, marginRight: 14 }),
					el('div', { fontFamily: sans, fontWeight: 700, fontSize: 24, color: colors.accent }, card.footer),
				],
			),
		]),
	]);
}

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];
let fonts: Promise<SatoriFont[]> | undefined;

/** PT Serif and PT Sans as WOFF (Satori reads no CSS), loaded once and shared by every card. */
function loadFonts(): Promise<SatoriFont[]> {
	// Resolution walks up from this module, which works both in src/ and in the bundled build.
	const require = createRequire(import.meta.url);
	const faces = [
		{ name: 'PT Serif', pkg: 'pt-serif', weight: 400 },
		{ name: 'PT Serif', pkg: 'pt-serif', weight: 700 },
		{ name: 'PT Sans', pkg: 'pt-sans', weight: 400 },
		{ name: 'PT Sans', pkg: 'pt-sans', weight: 700 },
	] as const;
	fonts ??= Promise.all(
		faces.flatMap(({ name, pkg, weight }) =>
			OG_FONT_SUBSETS.map(async (subset) => ({
				name: `${name} ${subset}`,
				weight,
				style: 'normal' as const,
				data: await readFile(require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`)),
			})),
		),
	);
	return fonts;
}

/**
 * Renders a card to PNG bytes. Throws when a character has no glyph in the loaded fonts, so
 * that a card can never ship with tofu boxes.
 */
export async function renderCard(card: CardContent): Promise<Buffer> {
	const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
		width: OG_WIDTH,
		height: OG_HEIGHT,
		fonts: await loadFonts(),
		// Satori asks for more fonts only when a grapheme is missing from all of them.
		loadAdditionalAsset: async (_code, segment) => {
			throw new Error(
				`No glyph in the card fonts for ${JSON.stringify(segment)} in ${JSON.stringify(card.heading.slice(0, 60))}`,
			);
		},
	});
	return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}

/**
 * Six flat colours and their anti-aliasing fit a 16-colour palette: a 4-bit PNG a third the
 * size of a true-colour one, and quicker to encode than maximum zlib compression.
 */
const PNG_OPTIONS = { palette: true, colours: 16, dither: 0, effort: 1 } as const;

let fontsDigest: Promise<string> | undefined;

/**
 * What a card's PNG depends on, as a hash: its whole layout tree (text and styles), the font
 * files, the size and the PNG settings. Two cards with the same key render to the same bytes.
 */
export async function cardKey(card: CardContent): Promise<string> {
	fontsDigest ??= loadFonts().then((list) => {
		const hash = createHash('sha256');
		for (const font of list) hash.update(`${font.name} ${font.weight}\n`).update(font.data as Buffer);
		return hash.digest('hex');
	});
	return createHash('sha256')
		.update(JSON.stringify([cardTree(card), OG_WIDTH, OG_HEIGHT, PNG_OPTIONS, await fontsDigest]))
		.digest('hex');
}

/** Cards being read or rendered, by cache file. */
const inFlight = new Map<string, Promise<Buffer>>();

/**
 * {@link renderCard}, kept in `cacheDir` under {@link cardKey}: a card costs about 50 ms of
 * CPU, and a rebuild re-renders only the cards whose content changed.
 */
export function renderCardCached(card: CardContent, cacheDir: string): Promise<Buffer> {
	return cardKey(card).then((key) => {
		const file = join(cacheDir, `${key}.png`);
		// Cards that say the same (two sources with one title, outlet and author) share a key:
		// the second waits for the first rather than writing the same file at the same time.
		let png = inFlight.get(file);
		if (!png) {
			png = readFile(file).catch(async () => {
				const rendered = await renderCard(card);
				await mkdir(cacheDir, { recursive: true });
				// Written whole under another name first, so that a build stopped midway leaves no torn PNG.
				const partial = `${file}.${process.pid}.tmp`;
				await writeFile(partial, rendered);
				await rename(partial, file);
				return rendered;
			});
			inFlight.set(file, png);
			png.finally(() => inFlight.delete(file)).catch(() => {});
		}
		return png;
	});
}

/**
 * Starts rendering many cards, a few at a time: Satori lays out on the main thread while sharp
 * rasterises on libuv's pool, so overlapping them nearly halves the time on two cores. Returns
 * each card's pending PNG by key; a failure surfaces where that card is awaited. With `cacheDir`,
 * a card an earlier build rendered is read from there (see {@link renderCardCached}).
 */
export function renderCards<K>(
	cards: Iterable<readonly [K, CardContent]>,
	concurrency = 4,
	cacheDir?: string,
): Map<K, Promise<Buffer>> {
	let active = 0;
	const waiting: (() => void)[] = [];
	const limited = async (card: CardContent) => {
		if (active < concurrency) active++;
		else await new Promise<void>((resolve) => waiting.push(resolve));
		try {
			return await (cacheDir ? renderCardCached(card, cacheDir) : renderCard(card));
		} finally {
			// Hand the slot straight to the next card, so that no newcomer can overtake it.
			const next = waiting.shift();
			if (next) next();
			else active--;
		}
	};
	const out = new Map<K, Promise<Buffer>>();
	for (const [key, card] of cards) {
		const png = limited(card);
		// Awaited later by its endpoint; this only keeps an early failure from crashing the process.
		png.catch(() => {});
		out.set(key, png);
	}
	return out;
}
