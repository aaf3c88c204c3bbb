import { describe, expect, it } from 'vitest';
import { annotationCollection, textQuoteSelector } from '../../src/lib/publish/open-data/annotations';
import { claimCsvColumns, claimsCsv, csvField, toCsv } from '../../src/lib/publish/open-data/csv';
import {
	claimRecords,
	claimRecordSchema,
	sourceRecords,
	sourceRecordSchema,
} from '../../src/lib/publish/open-data/records';
import type { CorpusSource } from '../../src/lib/corpus/files';
import { jsonSchemaOf, schemaFields } from '../../src/lib/publish/open-data/json-schema';
import { claimKindSchema, sourceSchema, type Claim } from '../../src/schemas/source';
import { parseCsv } from '../support/csv';

const site = new URL('https://example.test/');

/** A valid source record around the given body and claims. */
function source(slug: string, body: string, claims: Partial<Claim>[]): CorpusSource {
	const data = sourceSchema.parse({
		title: { ru: 'Заголовок, с «кавычками»', en: 'A "quoted", title', supplied: false },
		seed: '000_0123456789abcdef.txt',
		author: { kind: 'unattributed', description: { ru: 'Не подписан.', en: 'Unsigned.' } },
		outlet: {},
		date: { start: '2022-01-01', precision: 'day', stated: true },
		language: 'ru',
		stance: {
			trajectory: 'balancing',
			tone: 'neutral',
			perspective: 'kazakh',
			rationale: { ru: 'Обоснование.', en: 'Rationale.' },
		},
		synopsis: { ru: 'Кратко.', en: 'In short.' },
		claims: claims.map((claim) => ({
			translation: 'Translation.',
			summary: { ru: 'Пересказ.', en: 'Summary.' },
			themes: ['alpha'],
			kind: 'fact',
			...claim,
		})),
	});
	return { slug, data, body };
}

const corpus = [
	source('first', '\nПервый абзац.\n\nВторой   абзац с\nцитатой внутри.\n', [
		{ id: 'second-paragraph', quote: 'абзац с\n цитатой', stance: 'balancing' },
		{ id: 'reported-one', quote: 'Первый абзац.', kind: 'reported', attributedTo: { ru: 'Эксперты', en: 'Experts' } },
	]),
	source('second', 'Он сказал: "да, нет"\r\nи ушёл.', [
		{ id: 'tricky', quote: 'Он сказал: "да, нет" и ушёл.', translation: 'He said, "yes, no"\nand left.' },
	]),
];

describe('csvField', () => {
	it('leaves a field without comma, quote, CR or LF as it is', () => {
		expect(csvField('plain text')).toBe('plain text');
		expect(csvField(' «ёлка»; Ünïcödé ')).toBe(' «ёлка»; Ünïcödé ');
		expect(csvField('')).toBe('');
	});

	it('quotes a field holding a comma, a quote, a CR or an LF, doubling the quotes', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('"')).toBe('""""');
		expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
		expect(csvField('a\rb')).toBe('"a\rb"');
		expect(csvField('a\r\nb')).toBe('"a\r\nb"');
	});
});

describe('toCsv', () => {
	it('ends every record, the last included, with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['c,d', 'e"f'],
			]),
		).toBe('a,b\r\n"c,d","e""f"\r\n');
	});

	it('reads back to the same values through an RFC 4180 parser', () => {
		const rows = [
			['id', 'value'],
			['comma', 'один, два'],
			['quotes', '«он» сказал "нет" и ""да""'],
			['newlines', 'first\nsecond\r\nthird\rfourth'],
			['empty', ''],
			['edge', '",\n"'],
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});
});

describe('claimsCsv', () => {
	const claims = claimRecords(corpus, site);
	const [header, ...rows] = parseCsv(claimsCsv(claims));

	it('has one row per claim under a header of the column names', () => {
		expect(header).toEqual(claimCsvColumns.map(([name]) => name));
		expect(rows.map((row) => row[header.indexOf('id')])).toEqual(['second-paragraph', 'reported-one', 'tricky']);
	});

	it('keeps quotes, commas and line breaks of the values intact', () => {
		const tricky = rows[2];
		expect(tricky[header.indexOf('quote')]).toBe('Он сказал: "да, нет" и ушёл.');
		expect(tricky[header.indexOf('translation')]).toBe('He said, "yes, no"\nand left.');
		expect(tricky[header.indexOf('sourceTitle.en')]).toBe('A "quoted", title');
	});

	it('leaves absent optional fields empty and joins themes', () => {
		expect(rows[0][header.indexOf('attributedTo.ru')]).toBe('');
		expect(rows[1][header.indexOf('attributedTo.en')]).toBe('Experts');
		expect(rows[1][header.indexOf('stance')]).toBe('');
		expect(rows[0][header.indexOf('themes')]).toBe('alpha');
	});

	it('has a column for every field of the claim schema, named by its JSON path', () => {
		const fields = schemaFields(jsonSchemaOf(claimRecordSchema, '/x.json', site));
		// A bilingual field is one row in the schema table and two columns (`.ru`, `.en`) in the CSV.
		const expected = fields.flatMap((f) => (f.type === '{ ru, en }' ? [`${f.path}.ru`, `${f.path}.en`] : [f.path]));
		expect([...header].sort()).toEqual(expected.sort());
	});
});

describe('claimRecords', () => {
	const claims = claimRecords(corpus, site);

	it('gives every claim its absolute permanent addresses', () => {
		expect(claims[0].url).toBe('https://example.test/claims/second-paragraph/');
		expect(claims[0].urlInSource).toBe('https://example.test/sources/first/#second-paragraph');
		expect(claims[2].source).toBe('second');
	});

	it('omits absent optional fields instead of writing them as null', () => {
		expect(claims[0]).not.toHaveProperty('attributedTo');
		expect(claims[1]).not.toHaveProperty('stance');
		expect(claims[1].attributedTo).toEqual({ ru: 'Эксперты', en: 'Experts' });
	});

	it('produces records that pass the claim record schema', () => {
		for (const claim of claims) expect(claimRecordSchema.safeParse(claim).success, claim.id).toBe(true);
		expect(claimRecordSchema.safeParse({ ...claims[0], url: 'not a url' }).success).toBe(false);
	});
});

describe('sourceRecords', () => {
	const sources = sourceRecords(corpus, site);

	it('carries the text as trimmed paragraphs separated by one blank line', () => {
		expect(sources[0].text).toBe('Первый абзац.\n\nВторой   абзац с\nцитатой внутри.');
		expect(sources[0].url).toBe('https://example.test/sources/first/');
	});

	it('produces records that pass the source record schema', () => {
		for (const record of sources) expect(sourceRecordSchema.safeParse(record).success, record.slug).toBe(true);
	});
});

describe('textQuoteSelector', () => {
	it('takes 32 characters of context either side', () => {
		const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
		expect(textQuoteSelector(text, 'QUOTE')).toEqual({
			type: 'TextQuoteSelector',
			exact: 'QUOTE',
			prefix: 'a'.repeat(32),
			suffix: 'b'.repeat(32),
		});
	});

	it('takes less context at the start and end of the text', () => {
		expect(textQuoteSelector('QUOTE and after', 'QUOTE')).toMatchObject({ prefix: '', suffix: ' and after' });
		expect(textQuoteSelector('before QUOTE', 'QUOTE')).toMatchObject({ prefix: 'before ', suffix: '' });
		expect(textQuoteSelector('QUOTE', 'QUOTE')).toMatchObject({ prefix: '', suffix: '' });
	});

	it('honours a different context length', () => {
		expect(textQuoteSelector('123456789 QUOTE 123456789', 'QUOTE', 4)).toMatchObject({
			prefix: '789 ',
			suffix: ' 123',
		});
	});

	it('never cuts a character outside the Basic Multilingual Plane in half', () => {
		// 32 code units before `Q` would start in the middle of the fifth emoji: take it whole.
		const before = textQuoteSelector(`${'😀'.repeat(20)}xQ`, 'Q');
		expect(before.prefix).toBe(`${'😀'.repeat(16)}x`);
		const after = textQuoteSelector(`Qx${'😀'.repeat(20)}`, 'Q');
		expect(after.suffix).toBe(`x${'😀'.repeat(16)}`);
	});

	it('refuses a quote that is absent or ambiguous', () => {
		expect(() => textQuoteSelector('some text', 'other')).toThrow(/0 times/);
		expect(() => textQuoteSelector('twice and twice', 'twice')).toThrow(/2 times/);
	});
});

describe('annotationCollection', () => {
	const collection = annotationCollection(corpus, site, 'Label');
	const items = collection.first.items;

	it('is a W3C AnnotationCollection holding every claim once', () => {
		expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(collection.type).toBe('AnnotationCollection');
		expect(collection.id).toBe('https://example.test/data/annotations.json');
		expect(collection.total).toBe(3);
		expect(items.map((a) => a.id)).toEqual([
			'https://example.test/claims/second-paragraph/',
			'https://example.test/claims/reported-one/',
			'https://example.test/claims/tricky/',
		]);
	});

	it('describes each claim by its summaries and targets its source page', () => {
		expect(items[0].type).toBe('Annotation');
		expect(items[0].body.map((b) => [b.type, b.language, b.value])).toEqual([
			['TextualBody', 'ru', 'Пересказ.'],
			['TextualBody', 'en', 'Summary.'],
		]);
		expect(items[0].target.source).toBe('https://example.test/sources/first/');
		expect(items[0].target.selector[1]).toMatchObject({ type: 'FragmentSelector', value: 'second-paragraph' });
	});

	it('selects the quote in the body with whitespace collapsed, across paragraphs', () => {
		expect(items[0].target.selector[0]).toEqual({
			type: 'TextQuoteSelector',
			exact: 'абзац с цитатой',
			prefix: 'Первый абзац. Второй ',
			suffix: ' внутри.',
		});
		expect(items[2].target.selector[0]).toMatchObject({
			exact: 'Он сказал: "да, нет" и ушёл.',
			prefix: '',
			suffix: '',
		});
	});
});

describe('schemaFields', () => {
	const claimFields = schemaFields(jsonSchemaOf(claimRecordSchema, '/data/schema/claim.json', site));
	const sourceFields = schemaFields(jsonSchemaOf(sourceRecordSchema, '/data/schema/source.json', site));

	it('describes every field of both exported records', () => {
		for (const field of [...claimFields, ...sourceFields]) expect(field.description, field.path).not.toBe('');
	});

	it('lists nested fields by path and bilingual text as one field', () => {
		const claimPaths = claimFields.map((f) => f.path);
		expect(claimPaths).toContain('summary');
		expect(claimPaths).not.toContain('summary.ru');
		const sourcePaths = sourceFields.map((f) => f.path);
		expect(sourcePaths).toEqual(
			expect.arrayContaining(['date.start', 'date.stated', 'title.supplied', 'author.kind', 'text', 'slug']),
		);
		expect(sourcePaths).not.toContain('claims.id');
	});

	it('gives types, allowed values and whether a field is always present', () => {
		const byPath = new Map(claimFields.map((f) => [f.path, f]));
		expect(byPath.get('kind')).toMatchObject({ type: 'string', values: claimKindSchema.options, required: true });
		expect(byPath.get('attributedTo')).toMatchObject({ type: '{ ru, en }', required: false });
		expect(byPath.get('themes')?.type).toBe('string[]');
		expect(byPath.get('url')?.type).toBe('string (uri)');
	});

	it('publishes the schema under its own address', () => {
		expect(jsonSchemaOf(claimRecordSchema, '/data/schema/claim.json', site).$id).toBe(
			'https://example.test/data/schema/claim.json',
		);
	});
});
