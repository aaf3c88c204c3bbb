import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../src/lib/corpus/files';
import { checkCorpus, formatIssues } from '../../src/lib/corpus/check/index';
import { utcToday } from '../../src/lib/corpus/published-record';
import { root } from '../support/dist';
import { copiedSources, materialFrom, seededRandom, sentencesOf, syntheticSources } from '../bench/scale/corpus';
import { correctFirstClaim, EDITED_SOURCE, isIndexStepCommand, pageType } from '../bench/scale/build';

const real = readCorpusFiles(root);
const material = materialFrom(
	real.sources.map((f) => f.text),
	real.themes.map((f) => f.text),
);

describe('scale benchmark: synthetic corpus', () => {
	const generated = syntheticSources(material, 40);

	it('passes the real integrity check beside the real corpus', () => {
		const { issues, corpus } = checkCorpus({ ...real, sources: [...real.sources, ...generated] });
		expect(formatIssues(issues)).toBe('');
		expect(corpus.sources).toHaveLength(real.sources.length + 40);
	});

	it('gives every source 8–12 claims quoting its own body', () => {
		const { corpus } = checkCorpus({ ...real, sources: generated });
		for (const source of corpus.sources) {
			expect(source.data.claims.length).toBeGreaterThanOrEqual(8);
			expect(source.data.claims.length).toBeLessThanOrEqual(12);
			for (const claim of source.data.claims) expect(source.body).toContain(claim.quote);
		}
	});

	it('is deterministic for a seed and differs between seeds', () => {
		expect(syntheticSources(material, 3)).toEqual(syntheticSources(material, 3));
		expect(syntheticSources(material, 3, 1)).not.toEqual(syntheticSources(material, 3, 2));
	});

	it('recombines the real sentences only, and quotes whole ones', () => {
		const pool = [...material.sentences];
		const { corpus } = checkCorpus({ ...real, sources: generated.slice(0, 5) });
		for (const source of corpus.sources) {
			for (const paragraph of source.body.split('\n\n').filter(Boolean)) {
				// Sentences are joined by one space; strip them off the front one at a time.
				let rest = paragraph.trim();
				while (rest) {
					const head = pool.find((s) => rest === s || rest.startsWith(`${s} `));
					expect(head, rest.slice(0, 80)).toBeDefined();
					rest = rest.slice(head!.length).trim();
				}
			}
			for (const claim of source.data.claims) expect(pool).toContain(claim.quote);
		}
	});
});

describe('scale benchmark: generator parts', () => {
	it('splits sentences at end punctuation before a capital or a quote', () => {
		expect(sentencesOf('Первое предложение. Второе! «Третье» — да? нет.')).toEqual([
			'Первое предложение.',
			'Второе!',
			'«Третье» — да? нет.',
		]);
	});

	it('draws the same numbers in [0, 1) for the same seed', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		const draws = Array.from({ length: 100 }, () => a());
		expect(draws).toEqual(Array.from({ length: 100 }, () => b()));
		expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
	});
});

describe('scale benchmark: copies of the real sources', () => {
	const copies = copiedSources(real.sources, 12);

	it('pass the real integrity check beside the real corpus, every claim id new', () => {
		const { issues, corpus } = checkCorpus({ ...real, sources: [...real.sources, ...copies] });
		expect(formatIssues(issues)).toBe('');
		expect(corpus.sources).toHaveLength(real.sources.length + 12);
		const ids = corpus.sources.flatMap((s) => s.data.claims.map((c) => c.id));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keep each text verbatim under a new name', () => {
		expect(copies[0].path).toBe(real.sources[0].path.replace(/\.mdx$/, '-copy1.mdx'));
		expect(copies[real.sources.length].path).toBe(real.sources[0].path.replace(/\.mdx$/, '-copy2.mdx'));
		const body = (text: string) => text.slice(text.indexOf('\n---\n'));
		expect(body(copies[0].text)).toBe(body(real.sources[0].text));
	});
});

describe('scale benchmark: page types', () => {
	it('name a page by its list, with ids and page numbers as *', () => {
		expect(pageType('index.html')).toBe('(home)');
		expect(pageType('claims/index.html')).toBe('claims');
		expect(pageType('en/claims/some-id/index.html')).toBe('claims/*');
		expect(pageType('claims/page/3/index.html')).toBe('claims/page/*');
		expect(pageType('en/themes/security/page/2/index.html')).toBe('themes/*/page/*');
		expect(pageType('404.html')).toBe('404.html');
	});
});

describe("scale benchmark: an editor's claim edit", () => {
	const today = utcToday();
	const sources = real.sources.map((f) =>
		f.path === EDITED_SOURCE ? { ...f, text: correctFirstClaim(f.text, today) } : f,
	);

	it("changes one claim's English summary, which the real integrity check accepts", () => {
		const { issues, corpus } = checkCorpus({ ...real, sources }, today);
		expect(formatIssues(issues)).toBe('');
		const before = checkCorpus(real, today).corpus.sources.flatMap((s) => s.data.claims);
		const after = corpus.sources.flatMap((s) => s.data.claims);
		const changed = after.filter((claim, i) => claim.summary.en !== before[i].summary.en);
		expect(changed).toHaveLength(1);
		expect(changed[0].summary.en).toMatch(/^Edited: /);
		expect(changed[0].revisions.at(-1)).toMatchObject({ date: today, fields: ['summary'] });
	});

	it('needs its revision: the same edit without one is refused', () => {
		const unexplained = sources.map((f) =>
			f.path === EDITED_SOURCE ? { ...f, text: f.text.replace(/^ {4}revisions:\n.*benchmark edit.*\n/m, '') } : f,
		);
		expect(unexplained).not.toEqual(sources);
		expect(formatIssues(checkCorpus({ ...real, sources: unexplained }, today).issues)).toMatch(
			/summary: changed since it was published/,
		);
	});
});

describe("scale benchmark: the search-index step's memory", () => {
	// `npm run build` runs `sh -c "astro build && node … search-index-run.ts"`: Astro's process is
	// that shell's child, and its memory was once counted as the step's.
	const argv = (...args: string[]) => `${args.join('\0')}\0`;

	it('is the process that runs the script', () => {
		expect(isIndexStepCommand(argv('node', '--experimental-strip-types', 'src/integrations/search-index-run.ts'))).toBe(
			true,
		);
	});

	it('is not the shell that runs Astro first, nor Astro', () => {
		expect(
			isIndexStepCommand(
				argv('sh', '-c', 'astro build && node --experimental-strip-types src/integrations/search-index-run.ts'),
			),
		).toBe(false);
		expect(isIndexStepCommand(argv('node', 'node_modules/.bin/astro', 'build'))).toBe(false);
	});
});
