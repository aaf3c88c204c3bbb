/**
 * Social cards drawn to PNG at build time: Satori lays a card's tree (`layout.ts`) out as SVG
 * with every glyph drawn as a path, sharp rasterises it. The only I/O is reading the
 * self-hosted font files from node_modules, once per process, and the card cache.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { cardTree, OG_FONT_SUBSETS, OG_HEIGHT, OG_WIDTH, type CardContent } from './layout';

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
