import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/lib/cite/references';
import { corpus } from '../support/corpus';
import { dist, page, select, selectAll, text } from '../support/dist';

const SITE = 'https://kz-ru.example.org';

/** The page's `citation_*` tags, name → contents in order. */
function citationTags(path: string): Map<string, string[]> {
	const tags = new Map<string, string[]>();
	for (const meta of selectAll('head meta[name^="citation_"]', page(path))) {
		const name = String(meta.properties.name);
		tags.set(name, [...(tags.get(name) ?? []), String(meta.properties.content)]);
	}
	return tags;
}

/** The source each claim quotes, by claim id. */
const sourceOfClaim = new Map(corpus.sources.flatMap((s) => s.data.claims.map((c) => [c.id, s.slug] as const)));

/**
 * The CSL-JSON item «Cite this» gives: shown on a source or essay page; for a claim, in the
 * file of its source's references that the claim page links to (`/data/cite/<edition>/<source>.json`).
 */
function citeThis(path: string): CslItem {
	const claim = /^(\/en)?\/claims\/([^/]+)\/$/.exec(path);
	if (!claim) return JSON.parse(text(select('#cite-csl', page(path))!))[0];
	const file = `/data/cite/${claim[1] ? 'en' : 'ru'}/${sourceOfClaim.get(claim[2])}.json`;
	expect(selectAll(`a[href="${file}"]`, page(path)), `${path} links to ${file}`).not.toHaveLength(0);
	const items: CslItem[] = JSON.parse(readFileSync(join(dist, file), 'utf8'));
	return items.find((item) => item.id === claim[2])!;
}

const pages = [
	...corpus.sources.flatMap((s) => [`/sources/${s.slug}/`, `/en/sources/${s.slug}/`]),
	...corpus.sources.flatMap((s) => s.data.claims.flatMap((c) => [`/claims/${c.id}/`, `/en/claims/${c.id}/`])),
	...corpus.essays.map((e) => `${e.data.locale === 'en' ? '/en' : ''}/themes/${e.data.theme}/`),
];

describe('citation_* meta tags for reference managers', () => {
	it.each(pages)('%s carries the same reference as «Cite this»', (path) => {
		const tags = citationTags(path);
		const item = citeThis(path);
		expect(tags.get('citation_title')).toEqual([item.title]);
		expect(tags.get('citation_author')).toEqual(item.author?.map((a) => a.literal ?? `${a.family}, ${a.given}`));
		// Google Scholar's YYYY/MM/DD at the CSL date's precision; a span of years as a span.
		const parts = item.issued!['date-parts'];
		expect(tags.get('citation_publication_date')).toEqual([
			parts.map((p) => p.map((n, i) => (i ? String(n).padStart(2, '0') : n)).join('/')).join('–'),
		]);
		expect(tags.get('citation_journal_title')).toEqual(item['container-title'] ? [item['container-title']] : undefined);
		expect(tags.get('citation_language')).toEqual([item.language]);
		expect(tags.get('citation_public_url')).toEqual([`${SITE}${path}`]);
	});

	it('dates a source no more precisely than its frontmatter does', () => {
		for (const source of corpus.sources) {
			const date = citationTags(`/sources/${source.slug}/`).get('citation_publication_date')![0];
			const { precision, start, end } = source.data.date;
			const expected =
				precision === 'day'
					? start.replaceAll('-', '/')
					: precision === 'month'
						? start.slice(0, 7).replace('-', '/')
						: start.slice(0, 4) === (end ?? start).slice(0, 4)
							? start.slice(0, 4)
							: `${start.slice(0, 4)}–${end!.slice(0, 4)}`;
			expect(date, source.slug).toBe(expected);
		}
	});

	it('names, for a claim, the source it quotes and where its full text is', () => {
		for (const source of corpus.sources)
			for (const claim of source.data.claims) {
				const tags = citationTags(`/claims/${claim.id}/`);
				expect(tags.get('citation_title')![0]).toContain(source.data.title.ru);
				expect(tags.get('citation_fulltext_html_url')).toEqual([`${SITE}/sources/${source.slug}/`]);
				if (source.data.author.name)
					expect(tags.get('citation_author')!.join(' ')).toContain(source.data.author.name.ru.split(' ').at(-1));
				if (source.data.outlet.name) expect(tags.get('citation_journal_title')).toEqual([source.data.outlet.name.ru]);
			}
	});
});
