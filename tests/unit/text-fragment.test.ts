import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../src/lib/corpus/verbatim';
import { encodeTextDirectiveTerm, textDirective, textFragmentUrl } from '../../src/lib/cite/text-fragment';
import { corpus } from '../support/corpus';

const claims = corpus.sources.flatMap((s) => s.data.claims.map((claim) => ({ ...claim, url: s.data.outlet.url })));
const quoteOf = (id: string) => {
	const claim = claims.find((c) => c.id === id);
	if (!claim) throw new Error(`no claim ${id} in the corpus`);
	return claim.quote;
};

/** The terms of a directive, decoded as a browser decodes them. */
const terms = (directive: string) =>
	directive
		.replace(/^text=/, '')
		.split(',')
		.map(decodeURIComponent);

describe('encodeTextDirectiveTerm', () => {
	it('encodes the directive syntax characters and spaces', () => {
		expect(encodeTextDirectiveTerm('из-под')).toBe('из%2Dпод');
		expect(encodeTextDirectiveTerm('а, б & в')).toBe('а%2C%20б%20%26%20в');
	});

	it('encodes dashes and every kind of quotation mark as UTF-8 bytes', () => {
		expect(encodeTextDirectiveTerm('а — б – в')).toBe('а%20%E2%80%94%20б%20%E2%80%93%20в');
		expect(encodeTextDirectiveTerm('«ЛДНР» "аварии" “x”')).toBe(
			'%C2%ABЛДНР%C2%BB%20%22аварии%22%20%E2%80%9Cx%E2%80%9D',
		);
	});

	it('encodes what a URL fragment cannot hold, and the percent sign itself', () => {
		expect(encodeTextDirectiveTerm('50% <b> #1 `a` {x}')).toBe('50%25%20%3Cb%3E%20%231%20%60a%60%20%7Bx%7D');
	});

	it('keeps Cyrillic letters, Й and ё included, exactly as written', () => {
		expect(encodeTextDirectiveTerm('Йошкар Ещё ёлка ЙЁ')).toBe('Йошкар%20Ещё%20ёлка%20ЙЁ');
		// A decomposed й (и + combining breve) is not folded into и either: the breve is encoded.
		expect(encodeTextDirectiveTerm('и\u0306')).toBe('и%CC%86');
	});

	it('keeps the explicit ASCII characters of the spec', () => {
		expect(encodeTextDirectiveTerm("A1!$'()*+./:;=?@_~")).toBe("A1!$'()*+./:;=?@_~");
	});
});

describe('textDirective', () => {
	it('links a short quote whole, commas encoded', () => {
		const quote = quoteOf('pressure-accusations-will-continue');
		expect(quote).toBe('Судя по всему, политика давления и обвинений будет продолжаться.');
		expect(textDirective(quote)).toBe(
			'text=Судя%20по%20всему%2C%20политика%20давления%20и%20обвинений%20будет%20продолжаться.',
		);
	});

	it('links a long quote by five words at each end, its no-break space collapsed', () => {
		const quote = quoteOf('ivanov-kazakhstan-exits-russian-orbit');
		expect(quote).toContain('пишет\u00a0в');
		expect(textDirective(quote)).toBe(
			'text=После%20вторжения%20России%20в%20Украину,%22Цензор.НЕТ%22%20украинский%20журналист%20Сергей%20Иванов.',
		);
	});

	it('collapses no-break spaces and line breaks inside a short quote to one encoded space', () => {
		expect(textDirective('почти 7\u00a0тыс.\n  км')).toBe('text=почти%207%20тыс.%20км');
	});

	it('encodes hyphens and dashes inside the ends of a long quote', () => {
		const quote = quoteOf('kz-ru-partnership-scope');
		const [start, end] = terms(textDirective(quote));
		expect(normalizeWhitespace(quote).startsWith(start)).toBe(true);
		expect(normalizeWhitespace(quote).endsWith(end)).toBe(true);
		expect(textDirective('Много слов: пятое — шестое, седьмое – восьмое из-под девятого; десятое одиннадцатое')).toBe(
			'text=Много%20слов:%20пятое%20%E2%80%94%20шестое%2C,восьмое%20из%2Dпод%20девятого;%20десятое%20одиннадцатое',
		);
	});

	it('treats more than ten words as long even under eighty characters', () => {
		expect(textDirective('а б в г д е ж з и к л')).toBe('text=а%20б%20в%20г%20д,ж%20з%20и%20к%20л');
		expect(textDirective('а б в г д е ж з и к')).toBe('text=а%20б%20в%20г%20д%20е%20ж%20з%20и%20к');
	});

	it('never splits a long quote of one word', () => {
		const word = 'ы'.repeat(100);
		expect(textDirective(word)).toBe(`text=${word}`);
	});

	it('rejects an empty quote', () => {
		expect(() => textDirective(' \u00a0 ')).toThrow();
	});

	it.each(claims.filter((c) => c.url).map((c) => [c.id, c.quote] as const))(
		'%s: ends decode back to the quote, only legal characters',
		(_id, quote) => {
			const directive = textDirective(quote);
			expect(directive).toMatch(
				/^text=(?:[A-Za-z0-9!$'()*+./:;=?@_~\p{Script=Cyrillic}]|%[0-9A-F]{2})+(?:,(?:[A-Za-z0-9!$'()*+./:;=?@_~\p{Script=Cyrillic}]|%[0-9A-F]{2})+)?$/u,
			);
			const normalized = normalizeWhitespace(quote);
			const [start, end] = terms(directive);
			expect(normalized.startsWith(start)).toBe(true);
			if (end !== undefined) expect(normalized.endsWith(end)).toBe(true);
			else expect(start).toBe(normalized);
		},
	);
});

describe('textFragmentUrl', () => {
	it('appends the directive after an empty fragment', () => {
		expect(textFragmentUrl('https://example.org/a', 'из-под')).toBe('https://example.org/a#:~:text=из%2Dпод');
	});

	it('keeps an existing fragment', () => {
		expect(textFragmentUrl('https://example.org/a#p2', 'да')).toBe('https://example.org/a#p2:~:text=да');
	});

	it('parses as a URL whose fragment a browser would send percent-encoded', () => {
		const url = new URL(textFragmentUrl('https://example.org/a', 'Всё из-под'));
		expect(url.hash).toBe('#:~:text=%D0%92%D1%81%D1%91%20%D0%B8%D0%B7%2D%D0%BF%D0%BE%D0%B4');
	});
});
