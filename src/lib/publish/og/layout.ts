/**
 * Social (Open Graph) cards, 1200×630: what each card says and how it is laid out, as the plain
 * `{ type, props }` tree Satori takes (no React involved). Pure: `render.ts` draws the PNG.
 */
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
