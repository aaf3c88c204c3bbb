import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, occurrences } from '../../src/lib/corpus/verbatim';
import { parseCsv } from '../support/csv';
import { dist, page, select, selectAll } from '../support/dist';
import { corpus } from '../support/corpus';

const corpusClaims = corpus.sources.flatMap((source) =>
	source.data.claims.map((claim) => ({ ...claim, slug: source.slug })),
);
const bySlug = new Map(corpus.sources.map((s) => [s.slug, s]));

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const readJson = <T>(path: string): T => JSON.parse(read(path)) as T;

interface ClaimRecord {
	id: string;
	url: string;
	urlInSource: string;
	source: string;
	quote: string;
	summary: { ru: string; en: string };
	[field: string]: unknown;
}
interface SourceRecord {
	slug: string;
	url: string;
	text: string;
	claims: unknown[];
	[field: string]: unknown;
}
interface TextQuote {
	type: 'TextQuoteSelector';
	exact: string;
	prefix: string;
	suffix: string;
}
interface Annotation {
	id: string;
	type: string;
	body: { type: string; value: string; language: string }[];
	target: { source: string; selector: (TextQuote | { type: string; value: string })[] };
}

const claims = readJson<ClaimRecord[]>('data/claims.json');
const sources = readJson<SourceRecord[]>('data/sources.json');
const annotations = readJson<{ '@context': string; type: string; total: number; first: { items: Annotation[] } }>(
	'data/annotations.json',
);

/** The canonical URL a built page declares for itself. */
const canonical = (path: string) => select('link[rel="canonical"]', page(path))?.properties.href;

describe('claims.json', () => {
	it('holds every claim of the corpus exactly once', () => {
		expect(corpusClaims.length).toBeGreaterThan(0);
		expect(claims.map((c) => c.id).sort()).toEqual(corpusClaims.map((c) => c.id).sort());
	});

	it('carries each claim as the corpus has it', () => {
		const byId = new Map(claims.map((c) => [c.id, c]));
		for (const claim of corpusClaims) {
			const record = byId.get(claim.id)!;
			expect(record.quote, claim.id).toBe(claim.quote);
			expect(record.summary, claim.id).toEqual(claim.summary);
			expect(record.themes, claim.id).toEqual(claim.themes);
			expect(record.kind, claim.id).toBe(claim.kind);
			expect(record.source, claim.id).toBe(claim.slug);
		}
	});

	it('gives each claim the canonical URL of its page, and an anchor that exists in its source', () => {
		for (const claim of claims) {
			const url = new URL(claim.url);
			expect(claim.url, claim.id).toBe(canonical(url.pathname));
			const inSource = new URL(claim.urlInSource);
			expect(inSource.pathname).toBe(`/sources/${claim.source}/`);
			expect(inSource.hash).toBe(`#${claim.id}`);
			expect(inSource.origin).toBe(url.origin);
			expect(selectAll(`[id="${claim.id}"]`, page(inSource.pathname)), claim.id).toHaveLength(1);
		}
	});
});

describe('claims.csv', () => {
	const text = read('data/claims.csv');
	const [header, ...rows] = parseCsv(text);
	const column = (name: string) => {
		const index = header.indexOf(name);
		expect(index, name).toBeGreaterThanOrEqual(0);
		return index;
	};

	it('is RFC 4180 with a header row, UTF-8 without a BOM, and one row per claim', () => {
		expect(text.charCodeAt(0)).not.toBe(0xfeff);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(header[0]).toBe('id');
		expect(rows).toHaveLength(corpusClaims.length);
		for (const row of rows) expect(row).toHaveLength(header.length);
	});

	it('parses back to the quotes and summaries of the corpus', () => {
		const byId = new Map(rows.map((row) => [row[column('id')], row]));
		for (const claim of corpusClaims) {
			const row = byId.get(claim.id);
			expect(row, claim.id).toBeDefined();
			expect(row![column('quote')], claim.id).toBe(claim.quote);
			expect(row![column('translation')], claim.id).toBe(claim.translation);
			expect(row![column('summary.ru')], claim.id).toBe(claim.summary.ru);
			expect(row![column('summary.en')], claim.id).toBe(claim.summary.en);
		}
	});
});

describe('sources.json', () => {
	it('holds every source with its full text and claims', () => {
		expect(sources.map((s) => s.slug).sort()).toEqual([...bySlug.keys()].sort());
		for (const record of sources) {
			const source = bySlug.get(record.slug)!;
			expect(normalizeWhitespace(record.text), record.slug).toBe(normalizeWhitespace(source.body));
			expect(record.claims, record.slug).toEqual(source.data.claims);
			expect(record.url, record.slug).toBe(canonical(new URL(record.url).pathname));
		}
	});
});

describe('annotations.json', () => {
	const items = annotations.first.items;

	it('is a W3C AnnotationCollection with one annotation per claim', () => {
		expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(annotations.type).toBe('AnnotationCollection');
		expect(annotations.total).toBe(corpusClaims.length);
		expect(items.map((a) => a.id).sort()).toEqual(claims.map((c) => c.url).sort());
		for (const item of items) {
			expect(item.type).toBe('Annotation');
			expect(item.body.map((b) => [b.type, b.language])).toEqual([
				['TextualBody', 'ru'],
				['TextualBody', 'en'],
			]);
		}
	});

	it('re-anchors every TextQuoteSelector exactly once in the normalized text of its source', () => {
		for (const item of items) {
			const id = new URL(item.id).pathname.split('/')[2];
			const claim = corpusClaims.find((c) => c.id === id)!;
			expect(new URL(item.target.source).pathname, id).toBe(`/sources/${claim.slug}/`);
			const selector = item.target.selector.find((s): s is TextQuote => s.type === 'TextQuoteSelector')!;
			expect(selector.exact, id).toBe(normalizeWhitespace(claim.quote));
			const body = normalizeWhitespace(bySlug.get(claim.slug)!.body);
			expect(occurrences(body, `${selector.prefix}${selector.exact}${selector.suffix}`), id).toHaveLength(1);
			// Context is cut short only where the text itself ends.
			const at = body.indexOf(selector.exact);
			expect(selector.prefix.length, id).toBe(Math.min(32, at));
			expect(selector.suffix.length, id).toBe(Math.min(32, body.length - at - selector.exact.length));
		}
	});
});

describe('published JSON Schemas', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('uri', (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value));
	const claimSchema = readJson<{ $id: string }>('data/schema/claim.json');
	const sourceSchema = readJson<{ $id: string }>('data/schema/source.json');
	const validateClaim = ajv.compile(claimSchema);
	const validateSource = ajv.compile(sourceSchema);

	it('are published at their own $id', () => {
		expect(new URL(claimSchema.$id).pathname).toBe('/data/schema/claim.json');
		expect(new URL(sourceSchema.$id).pathname).toBe('/data/schema/source.json');
	});

	it('validate every record of claims.json and sources.json', () => {
		for (const claim of claims) expect(validateClaim(claim) ? [] : validateClaim.errors, claim.id).toEqual([]);
		for (const source of sources) expect(validateSource(source) ? [] : validateSource.errors, source.slug).toEqual([]);
	});

	it('reject records that break them', () => {
		const { quote: _quote, ...withoutQuote } = claims[0];
		expect(validateClaim(withoutQuote)).toBe(false);
		expect(validateClaim({ ...claims[0], kind: 'rumour' })).toBe(false);
		expect(validateClaim({ ...claims[0], extra: true })).toBe(false);
		expect(validateSource({ ...sources[0], text: '' })).toBe(false);
	});
});

describe('the open-data page', () => {
	it.each(['/data/', '/en/data/'])('%s links every data file, and every link resolves', (path) => {
		const tree = page(path);
		// Files only: the header's language switch also links the page itself.
		const links = selectAll('a[href^="/data/"]', tree)
			.map((a) => String(a.properties.href))
			.filter((href) => /\.(json|csv)$/.test(href));
		expect(links).toEqual(
			expect.arrayContaining([
				'/data/claims.json',
				'/data/claims.csv',
				'/data/sources.json',
				'/data/annotations.json',
				'/data/schema/claim.json',
				'/data/schema/source.json',
			]),
		);
		for (const link of links) expect(() => read(link), link).not.toThrow();
	});
});
