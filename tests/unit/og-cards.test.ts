import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, t } from '../../src/i18n';
import {
	bindShortWords,
	cardAlt,
	essayCard,
	MAX_TITLE_CHARS,
	OG_FONT_SUBSETS,
	OG_HEIGHT,
	OG_WIDTH,
	siteCard,
	sourceCard,
	truncateAtWord,
} from '../../src/lib/publish/og/layout';
import { renderCard, renderCardCached, renderCards } from '../../src/lib/publish/og/render';
import { corpus } from '../support/corpus';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('truncateAtWord', () => {
	it('leaves text that fits alone, apart from collapsing whitespace', () => {
		expect(truncateAtWord('  Казахстан и\nРоссия ', 20)).toBe('Казахстан и Россия');
	});

	it('cuts at a word boundary, within the limit, with an ellipsis', () => {
		const text = 'Казахстан начал выходить из-под российского влияния после вторжения';
		const cut = truncateAtWord(text, 30);
		expect(cut.length).toBeLessThanOrEqual(30);
		expect(cut.endsWith('…')).toBe(true);
		const kept = cut.slice(0, -1);
		expect(text.startsWith(kept)).toBe(true);
		expect(text[kept.length]).toBe(' ');
	});

	it('keeps a word that ends exactly at the limit', () => {
		expect(truncateAtWord('один два три', 8)).toBe('один…');
		expect(truncateAtWord('один два три', 9)).toBe('один два…');
	});

	it('drops a dangling preposition and punctuation before the ellipsis', () => {
		expect(truncateAtWord('находился в зоне влияния', 12)).toBe('находился…');
		expect(truncateAtWord('Россия, Казахстан и Китай', 11)).toBe('Россия…');
	});

	it('cuts a single overlong word mid-word rather than losing the text', () => {
		expect(truncateAtWord('Антиконституционно', 10)).toBe('Антиконст…');
	});
});

describe('bindShortWords', () => {
	it('glues one- and two-letter words to the next word, and only those', () => {
		expect(bindShortWords('Россия и Китай в ЕС')).toBe('Россия и\u00a0Китай в\u00a0ЕС');
		expect(bindShortWords('и в доме')).toBe('и\u00a0в\u00a0доме');
		expect(bindShortWords('«В этом» (на деле) из-под')).toBe('«В\u00a0этом» (на\u00a0деле) из-под');
		expect(bindShortWords('Это конец')).toBe('Это конец');
	});
});

describe('card content', () => {
	it('shows a source by its outlet, title and byline, the title verbatim when it fits', () => {
		const card = sourceCard('Радио Азаттык', 'Казахстан выходит из-под влияния', 'Гордон, 2022', 'Сайт');
		expect(card).toEqual({
			kicker: 'Радио Азаттык',
			heading: 'Казахстан выходит из-под влияния',
			sub: 'Гордон, 2022',
			footer: 'Сайт',
		});
	});

	it('shortens a long source title at a word', () => {
		const { heading } = sourceCard(undefined, 'слово '.repeat(100).trim(), '', 'Сайт');
		expect(heading.startsWith('слово')).toBe(true);
		expect(heading.endsWith('…')).toBe(true);
		expect(heading.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
	});

	it('gives every card alt text with all it says', () => {
		expect(cardAlt(sourceCard('Издание', 'Заголовок', 'Автор, 2021', 'Сайт'))).toBe('Издание: Заголовок. Автор, 2021');
		expect(cardAlt(sourceCard(undefined, 'Заголовок', '2021', 'Сайт'))).toBe('Заголовок. 2021');
		expect(cardAlt(essayCard('Очерк', 'Заголовок', 'Тема', 'Сайт'))).toBe('Очерк: Заголовок. Тема');
		expect(cardAlt(siteCard('Сайт', 'Подзаголовок', 'example.org'))).toBe('Сайт. Подзаголовок');
	});
});

describe('card fonts', () => {
	/** Code point ranges of the loaded subsets, from the font packages' own subset map. */
	const ranges = (pkg: string) => {
		const map = createRequire(import.meta.url)(`@fontsource/${pkg}/unicode.json`) as Record<string, string>;
		return OG_FONT_SUBSETS.flatMap((subset) =>
			map[subset].split(',').map((range) => {
				const [from, to = from] = range.replace(/U\+/g, '').split('-');
				return [parseInt(from, 16), parseInt(to, 16)] as const;
			}),
		);
	};
	const uncovered = (text: string, pkg: string) =>
		[...new Set(text)].filter(
			(ch) => !ranges(pkg).some(([from, to]) => ch.codePointAt(0)! >= from && ch.codePointAt(0)! <= to),
		);

	it('cover every character the cards of this corpus show', () => {
		const serif = [
			...corpus.sources.map((s) => s.data.title.ru),
			...corpus.essays.map((e) => e.data.title),
			...locales.map((l) => t(l).site.name),
		].join('');
		const sans = [
			...corpus.sources.flatMap((s) => [s.data.outlet.name?.ru ?? '', s.data.author.name?.ru ?? '']),
			...corpus.themes.flatMap((th) => locales.map((l) => th.data.title[l])),
			...locales.flatMap((l) => [t(l).site.name, t(l).site.tagline, t(l).og.essay]),
			'— …',
		].join('');
		expect(uncovered(serif, 'pt-serif')).toEqual([]);
		expect(uncovered(sans, 'pt-sans')).toEqual([]);
	});

	it('include the Kazakh letters', () => {
		expect(uncovered('ӘәҒғҚқҢңӨөҰұҮүҺһІі', 'pt-serif')).toEqual([]);
	});
});

describe('renderCard', () => {
	it('renders a 1200×630 PNG', async () => {
		const png = await renderCard(
			sourceCard('Радио Азаттык', 'Казахстан начал выходить из-под российского влияния', 'Гордон, 2022', 'Сайт'),
		);
		expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
		expect(png.length).toBeGreaterThan(10_000);
	});

	it('refuses text that would come out as tofu boxes', async () => {
		await expect(renderCard(sourceCard(undefined, 'Казахстан 中国', 'Гордон', 'Сайт'))).rejects.toThrow(
			/No glyph.*中国/,
		);
	});

	it('renders a batch to the same bytes as one by one, each under its key', async () => {
		const cards = [
			['a', sourceCard('Издание', 'Первый заголовок', 'Автор, 2021', 'Сайт')],
			['b', essayCard('Essay', 'A title', 'A theme', 'Site')],
			['c', siteCard('Сайт', 'Подзаголовок', 'example.org')],
		] as const;
		const batch = renderCards(cards, 2);
		expect([...batch.keys()]).toEqual(['a', 'b', 'c']);
		for (const [key, card] of cards) expect((await batch.get(key)!).equals(await renderCard(card)), key).toBe(true);
	});

	it('renders two cards that say the same once, when both are asked for at once', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
		try {
			const card = () => sourceCard('Издание', 'Один заголовок', 'Автор, 2021', 'Сайт');
			const [a, b] = await Promise.all([renderCardCached(card(), cache), renderCardCached(card(), cache)]);
			expect(a.equals(b)).toBe(true);
			expect(readdirSync(cache)).toHaveLength(1);
		} finally {
			rmSync(cache, { recursive: true, force: true });
		}
	});
});
