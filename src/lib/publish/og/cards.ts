/**
 * The site's social cards: which cards exist, where they are served, what they say, and their
 * PNGs, rendered together on first request so that the build renders them concurrently while
 * Astro requests the endpoints one by one.
 */
import { join } from 'node:path';
import { t, type Locale, locales } from '../../../i18n';
import { getEssays, getSources, getTheme, type Essay, type Source, type Theme } from '../../../content';
import { cardAlt, essayCard, siteCard, sourceCard, type CardContent } from './layout';
import { renderCard, renderCards } from './render';

/**
 * URL paths of the cards. A source has one card for both editions (its text is Russian), shown by
 * its page and by its claims' pages.
 */
export const ogPaths = {
	source: (slug: string) => `/og/sources/${slug}.png`,
	essay: (locale: Locale, theme: string) => `/og/essays/${locale}/${theme}.png`,
	site: (locale: Locale) => `/og/site/${locale}.png`,
};

/** The card of a source, in Russian like the text: outlet, title, author and year. */
const sourceContent = (source: Source) => {
	const { author, outlet, date } = source.data;
	const byline = [author.name?.ru, date.start.slice(0, 4)].filter(Boolean).join(', ');
	return sourceCard(outlet.name?.ru, source.data.title.ru, byline, t('ru').site.name);
};

const essayContent = (essay: Essay, theme: Theme) => {
	const d = t(essay.data.locale);
	return essayCard(d.og.essay, essay.data.title, theme.data.title[essay.data.locale], d.site.name);
};

const siteContent = (locale: Locale) =>
	siteCard(t(locale).site.name, t(locale).site.tagline, new URL(import.meta.env.SITE).host);

/** What a page passes to the layout for its card: the card's URL path and its alt text. */
export interface PageImage {
	image: string;
	imageAlt: string;
}

/** The card of a source page and of its claims' pages, in either edition. */
export const sourceImage = (source: Source): PageImage => ({
	image: ogPaths.source(source.id),
	imageAlt: cardAlt(sourceContent(source)),
});

/** The card of an essay page. */
export const essayImage = (essay: Essay, theme: Theme): PageImage => ({
	image: ogPaths.essay(essay.data.locale, theme.data.id),
	imageAlt: cardAlt(essayContent(essay, theme)),
});

/** The card of every other page of an edition. */
export const siteImage = (locale: Locale): PageImage => ({
	image: ogPaths.site(locale),
	imageAlt: cardAlt(siteContent(locale)),
});

/** Every card of the site, by URL path. */
export async function socialCards(): Promise<Map<string, CardContent>> {
	const cards = new Map<string, CardContent>();
	for (const source of await getSources()) cards.set(ogPaths.source(source.id), sourceContent(source));
	for (const locale of locales) {
		for (const essay of await getEssays(locale))
			cards.set(ogPaths.essay(locale, essay.data.theme), essayContent(essay, await getTheme(essay.data.theme)));
		cards.set(ogPaths.site(locale), siteContent(locale));
	}
	return cards;
}

let rendered: Promise<Map<string, Promise<Buffer>>> | undefined;

/**
 * Where builds keep rendered cards, by content hash: in the project's `.astro/` (ignored by git,
 * kept between builds like Astro's own caches), so a rebuild renders only new or changed cards.
 */
const CARD_CACHE = join(process.cwd(), '.astro', 'og-cards');

/**
 * The PNG of the card at `path`, as an HTTP response. In a build the first call starts rendering
 * every card; the dev server renders only the card asked for.
 */
export async function cardResponse(path: string): Promise<Response> {
	let png: Promise<Buffer> | undefined;
	if (import.meta.env.DEV) {
		const card = (await socialCards()).get(path);
		png = card && renderCard(card);
	} else {
		rendered ??= socialCards().then((cards) => renderCards(cards, 4, CARD_CACHE));
		const all = await rendered;
		png = all.get(path);
		// Each card is written once: letting go of its bytes keeps a card per claim out of memory.
		all.delete(path);
	}
	if (!png) throw new Error(`No social card at ${path}`);
	return new Response(new Uint8Array(await png), { headers: { 'Content-Type': 'image/png' } });
}
