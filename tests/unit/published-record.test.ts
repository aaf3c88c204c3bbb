import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus/check/index';
import { readCorpusFiles } from '../../src/lib/corpus/files';
import {
	parsePublishedRecord,
	recordItems,
	recordOf,
	serializeRecord,
	textDigest,
} from '../../src/lib/corpus/published-record';
import { FIXTURE_TODAY, fixtureRoot } from '../support/fixtures';

const root = new URL('../../', import.meta.url).pathname;

describe('the published record of the site', () => {
	const files = readCorpusFiles(root);
	const { corpus } = checkCorpus(files);
	const record = parsePublishedRecord(files.record).record;

	it('holds every claim, source and essay with the fields the issue lists', () => {
		const claims = corpus.sources.flatMap((s) => s.data.claims);
		expect(Object.keys(record.claims)).toHaveLength(claims.length);
		expect(Object.keys(record.sources).sort()).toEqual(corpus.sources.map((s) => s.slug).sort());
		expect(Object.keys(record.essays)).toHaveLength(corpus.essays.length);
		for (const entry of Object.values(record.claims))
			expect(Object.keys(entry.fields).sort()).toEqual(
				['attributedTo', 'kind', 'quote', 'stance', 'summary', 'themes', 'translation'].sort(),
			);
		for (const entry of Object.values(record.sources))
			expect(Object.keys(entry.fields).sort()).toEqual(['author', 'date', 'stance', 'synopsis', 'title']);
		for (const entry of Object.values(record.essays)) expect(entry.fields.text).toMatch(/^sha256:[0-9a-f]{64}$/);
	});

	it('is up to date: `npm run record` would write the committed file unchanged', () => {
		const next = recordOf(recordItems(corpus), record, '2000-01-01');
		expect(serializeRecord(next)).toBe(
			readFileSync(new URL('../../content/published/record.json', import.meta.url), 'utf8'),
		);
	});
});

describe('recording', () => {
	const base = checkCorpus(readCorpusFiles(fixtureRoot()), FIXTURE_TODAY);
	const items = recordItems(base.corpus);
	const empty = { claims: {}, sources: {}, essays: {} };

	it('dates a new item today and keeps the publication day of a known one', () => {
		const first = recordOf(items, empty, '2026-11-21');
		expect(first.claims['mini-first'].published).toBe('2026-11-21');
		const again = recordOf(items, first, '2027-01-01');
		expect(again.claims['mini-first'].published).toBe('2026-11-21');
	});

	it('moves a renamed claim to its new id and keeps what is gone', () => {
		const first = recordOf(items, empty, '2026-11-21');
		const renamed = items.map((item) =>
			item.key === 'mini-first' ? { ...item, key: 'mini-renamed', formerKeys: ['mini-first'] } : item,
		);
		const next = recordOf(
			renamed.filter((item) => item.key !== 'mini-second'),
			first,
			'2027-01-01',
		);
		expect(next.claims['mini-renamed'].published).toBe('2026-11-21');
		expect(next.claims['mini-first']).toBeUndefined();
		expect(next.claims['mini-second']).toEqual(first.claims['mini-second']);
	});

	it('digests an essay with its whitespace collapsed, and any other change alters the digest', () => {
		expect(textDigest('a  b\nc')).toBe(textDigest('a b c'));
		expect(textDigest('a b c')).not.toBe(textDigest('a b d'));
	});
});
