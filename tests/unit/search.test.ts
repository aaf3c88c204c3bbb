import { describe, expect, it } from 'vitest';
import { expandQuery, latinWordsOf, namesAbsentFrom } from '../../src/lib/search/aliases';
import { findTerm, matchContent, mergeHits, wordsMatch } from '../../src/lib/search/match';
import { parseQuery } from '../../src/lib/search/query';
import { editDistance, nearestWords, vocabularyOf } from '../../src/lib/search/suggest';
import { fold, tokenize } from '../../src/lib/search/text';
import { decodeRecord, type RecordData } from '../../src/lib/search/record-data';
import { searchRecords, type SearchRecord } from '../../src/lib/search/records';
import { RECORD_DATA_FILTER } from '../../src/lib/search/engine';
import { normalizeWhitespace, paragraphsOf } from '../../src/lib/corpus/verbatim';
import { corpus } from '../support/corpus';

const groups = [
	['Астана', 'Astana', 'Нур-Султан', 'Nur-Sultan'],
	['ЕАЭС', 'EAEU', 'Евразийский экономический союз'],
];
const words = (text: string) => tokenize(text).map((t) => t.word);
const found = (text: string, query: string) =>
	matchContent(
		text,
		expandQuery(parseQuery(query), groups),
		expandQuery(parseQuery(query), groups).map(() => ({ prefix: false })),
	)
		?.flat()
		.map((h) => text.slice(h.start, h.end));

describe('search: text and queries', () => {
	it('folds case and ё, but keeps й apart from и', () => {
		expect(fold('ЁЛКА Всё')).toBe('елка все');
		expect(fold('Войны')).not.toBe(fold('Воины'));
	});
	it('splits words on hyphens and dashes', () => {
		expect(words('из-под влияния — Нур-Султан')).toEqual(['из', 'под', 'влияния', 'нур', 'султан']);
	});
	it('reads «ёлочки», “typographic” and ASCII quotes as exact phrases', () => {
		for (const q of [
			'«многовекторную внешнюю политику»',
			'“многовекторную внешнюю политику”',
			'"многовекторную внешнюю политику"',
			'„многовекторную внешнюю политику“',
		]) {
			expect(parseQuery(q)).toEqual([
				{ words: ['многовекторную', 'внешнюю', 'политику'], phrase: true, raw: 'многовекторную внешнюю политику' },
			]);
		}
	});
	it('keeps every word of a multi-word query as its own required term', () => {
		expect(parseQuery('Русофобия  кремль').map((t) => t.words)).toEqual([['русофобия'], ['кремль']]);
		expect(parseQuery('Нур-Султан').map((t) => t.phrase)).toEqual([true]);
	});
});

describe('search: word forms', () => {
	it.each([
		['русофобия', 'русофобии'],
		['многовекторность', 'многовекторную'],
		['кремль', 'кремля'],
		['токаев', 'токаеву'],
		['астана', 'астану'],
		['санкции', 'санкциями'],
		['лаборатории', 'лабораторий'],
	])('%s matches %s', (a, b) => {
		expect(wordsMatch(a, b)).toBe(true);
		expect(wordsMatch(b, a)).toBe(true);
	});
	it.each([
		['воины', 'войны'],
		['мой', 'мои'],
		['токаев', 'токарный'],
		['в', 'власти'],
		['санкции', 'санкционного'],
	])('%s does not match %s', (a, b) => {
		expect(wordsMatch(a, b)).toBe(false);
	});
});

describe('search: matching a record', () => {
	const text = 'Москва усматривает русофобию во всем. Власти Казахстана выбрали многовекторную внешнюю политику.';
	it('finds inflected forms and reports what to highlight', () => {
		expect(found(text, 'русофобия')).toEqual(['русофобию']);
	});
	it('returns nothing for a word that is not there, instead of a prefix of it', () => {
		expect(found(text, 'абракадабра')).toBeUndefined();
		expect(found(text, 'вовсе')).toBeUndefined();
	});
	it('requires every word of a multi-word query', () => {
		expect(found(text, 'русофобия кремль')).toBeUndefined();
		expect(found(text, 'русофобия москва')).toEqual(['русофобию', 'Москва']);
	});
	it('matches a quoted phrase only verbatim and in order', () => {
		expect(found(text, '«многовекторную внешнюю политику»')).toEqual(['многовекторную внешнюю политику']);
		expect(found(text, '«многовекторная внешняя политика»')).toBeUndefined();
		expect(found(text, '«внешнюю многовекторную»')).toBeUndefined();
	});
	it('finds other names through aliases, in their inflected forms', () => {
		expect(found('Нур-Султан же во внешней политике', 'Астана')).toEqual(['Нур-Султан']);
		expect(found('в рамках Евразийского экономического союза', 'ЕАЭС')).toEqual(['Евразийского экономического союза']);
		expect(found('В рамках ЕАЭС Кремль', 'Евразийский экономический союз')).toEqual(['ЕАЭС']);
	});
	it('matches an unfinished last word as a prefix only when asked', () => {
		const tokens = tokenize(text);
		expect(findTerm(tokens, { words: ['русоф'], exact: false })).toEqual([]);
		expect(findTerm(tokens, { words: ['русоф'], exact: false }, { prefix: true })).toHaveLength(1);
	});
	it('merges overlapping hits', () => {
		expect(
			mergeHits([
				{ start: 5, end: 9 },
				{ start: 0, end: 6 },
				{ start: 12, end: 13 },
			]),
		).toEqual([
			{ start: 0, end: 9 },
			{ start: 12, end: 13 },
		]);
	});
});

describe('search: alias names no text has', () => {
	it('are the names found in no form, so that Pagefind is not asked for them', () => {
		expect(namesAbsentFrom(groups, ['Нур-Султан же во внешней политике', 'в рамках ЕАЭС'])).toEqual([
			'Астана',
			'Astana',
			'Nur-Sultan',
			'EAEU',
			'Евразийский экономический союз',
		]);
	});
	it('count an inflected form, and the last word as a prefix (the reader may be typing it), as present', () => {
		expect(namesAbsentFrom(groups, ['в Астане', 'Евразийского экономического союзника'])).not.toContain('Астана');
		expect(namesAbsentFrom(groups, ['Евразийского экономического союзника'])).not.toContain(
			'Евразийский экономический союз',
		);
		expect(namesAbsentFrom(groups, ['Евразийского союза'])).toContain('Евразийский экономический союз');
	});
});

describe('search: the Latin words of the Russian texts', () => {
	it('are the words with a Latin letter, folded, once each, sorted', () => {
		expect(latinWordsOf(['Во французском издании Marianne (gordonua.com)', 'DGSE и MARIANNE, ЕАЭС 2022, B2B'])).toEqual(
			['b2b', 'com', 'dgse', 'gordonua', 'marianne'],
		);
	});
	it('are not listed past the limit, so that English pages then ask the Russian index every word', () => {
		expect(latinWordsOf(['one two three'], 3)).toEqual(['one', 'three', 'two']);
		expect(latinWordsOf(['one two three four'], 3)).toBeUndefined();
	});
});

describe('search: corrections for words the texts lack', () => {
	const vocabulary = vocabularyOf([
		'Многовекторность Казахстана. многовекторность, многовекторность и многовекторности; Тлеуберди сказал. Тлеуберди 2022',
	]);
	it('keeps each word once, as the texts most often write it, commonest first, without numbers', () => {
		expect(vocabulary).toEqual(['многовекторность', 'Тлеуберди', 'Казахстана', 'многовекторности', 'сказал']);
	});
	it('counts a transposition as one edit and gives up past the limit', () => {
		expect(editDistance('многовектрность', 'многовекторность', 2)).toBe(1);
		expect(editDistance('абвг', 'бавг', 2)).toBe(1);
		expect(editDistance('кремль', 'токаев', 2)).toBe(3);
	});
	it('offers the nearest words within the edits a word of its length allows', () => {
		expect(nearestWords('многовектрность', vocabulary)[0]).toBe('многовекторность');
		expect(nearestWords('Тлеуберды', vocabulary)).toEqual(['Тлеуберди']);
		// Short words get no corrections (one edit turns them into too many others), far ones neither.
		expect(nearestWords('скал', vocabulary)).toEqual([]);
		expect(nearestWords('сказл', vocabulary)).toEqual(['сказал']);
		expect(nearestWords('Назарбаев', vocabulary)).toEqual([]);
	});
});

describe('search: the records the fragments carry, decoded', () => {
	const decoded = (record: SearchRecord) => {
		const { title, parts } = decodeRecord(
			record.content,
			JSON.parse(record.filters[RECORD_DATA_FILTER][0]) as RecordData,
			record.filters.source[0],
		);
		const textOf = (ranges: [number, number][]) => ranges.map((r) => record.content.slice(...r));
		return { title, parts: parts.map((p) => ({ ...p, texts: textOf(p.ranges) })) };
	};
	const claimsOf = (parts: ReturnType<typeof decoded>['parts']) => parts.filter((p) => p.type === 'claim');

	for (const locale of ['ru', 'en'] as const) {
		const { texts, summaries } = searchRecords(corpus, locale);
		it.each(corpus.sources.map((source, i) => [source.slug, source, texts[i], summaries[i]] as const))(
			`${locale} %s: title, paragraphs, claims with their quotes, kinds, themes and summaries`,
			(_, source, text, summary) => {
				const quoteOf = (c: (typeof source.data.claims)[number]) => (locale === 'ru' ? c.quote : c.translation);
				for (const record of [text, summary]) {
					const { title, parts } = decoded(record);
					expect(title).toBe(normalizeWhitespace(source.data.title[locale]));
					expect(parts[0]).toMatchObject({ type: 'source', id: source.slug });
					expect(parts[0].themes.toSorted()).toEqual([...new Set(source.data.claims.flatMap((c) => c.themes))].sort());
					expect(claimsOf(parts).map((p) => [p.id, p.kind, p.themes, p.texts[0], p.summary])).toEqual(
						source.data.claims.map((c) => [c.id, c.kind, c.themes, normalizeWhitespace(quoteOf(c)), c.summary[locale]]),
					);
				}
				// The text record: the source's paragraphs (Russian), each with the themes of the claims quoted in it.
				const paragraphs = decoded(text).parts.filter((p) => p.type === 'paragraph');
				const expected = locale === 'ru' ? paragraphsOf(source.body).map(normalizeWhitespace) : [];
				expect(paragraphs.map((p) => [p.id, p.paragraph, p.texts])).toEqual(
					expected.map((t, i) => [`p-${i + 1}`, i + 1, [t]]),
				);
				paragraphs.forEach((p, i) => {
					const quoted = source.data.claims.filter((c) => expected[i].includes(normalizeWhitespace(c.quote)));
					expect(p.themes.toSorted()).toEqual([...new Set(quoted.flatMap((c) => c.themes))].sort());
				});
				// The summary record finds a claim by its summary too: its second range.
				expect(claimsOf(decoded(summary).parts).map((p) => p.texts[1])).toEqual(
					source.data.claims.map((c) => normalizeWhitespace(c.summary[locale])),
				);
			},
		);
	}
});
