import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, page, select, selectAll, text } from '../support/dist';
import { corpus } from '../support/corpus';

const claims = corpus.sources.flatMap((source) => source.data.claims.map((claim) => ({ claim, source })));

describe('links and references in the built site', () => {
	it.each(claims.map(({ claim, source }) => [claim.id, claim, source] as const))(
		'claim %s: permanent link, original, «Cite this»',
		(id, _claim, source) => {
			const tree = page(`/claims/${id}/`);
			const permalink = select('.permalink a', tree);
			expect(permalink?.properties.href).toBe(`/claims/${id}/`);
			expect(text(permalink!)).toBe(`https://kz-ru.example.org/claims/${id}/`);
			const copy = select('.permalink button[data-copy]', tree);
			expect(copy?.properties.dataEnhance, 'the copy button is an enhancement, offered only with scripting').toBe('');
			expect(copy?.properties.dataCopyUrl).toBe(`/claims/${id}/`);
			const original = selectAll('a[href*="#:~:text="]', tree);
			expect(original).toHaveLength(source.data.outlet.url ? 1 : 0);
			if (source.data.outlet.url)
				expect(String(original[0].properties.href).startsWith(`${source.data.outlet.url}#:~:text=`)).toBe(true);
			const cite = select('details.cite-this', tree);
			expect(cite).toBeTruthy();
			const formats = selectAll('pre', cite!).map(text);
			expect(formats).toHaveLength(2);
			expect(formats[0]).toContain(`(дата обращения: `);
			// BibTeX and CSL-JSON: the source's files, which hold this claim's entry.
			const files = selectAll('a[download]', cite!).map((a) => String(a.properties.href));
			expect(files).toEqual([`/data/cite/ru/${source.slug}.bib`, `/data/cite/ru/${source.slug}.json`]);
			expect(readFileSync(join(dist, files[0]), 'utf8')).toMatch(new RegExp(`^@\\w+\\{${id},`, 'm'));
			const csl = JSON.parse(readFileSync(join(dist, files[1]), 'utf8')) as { id: string }[];
			expect(csl.map((item) => item.id)).toEqual([source.slug, ...source.data.claims.map((c) => c.id)]);
		},
	);

	it('puts APA first on English claim pages', () => {
		const { claim } = claims[0];
		const formats = selectAll('details.cite-this pre', page(`/en/claims/${claim.id}/`)).map(text);
		expect(formats[0]).not.toContain('дата обращения');
		expect(formats[1]).toContain('дата обращения');
	});

	it.each(corpus.sources.map((s) => [s.slug] as const))(
		'source %s: every paragraph and claim note has an anchor link and a copy button',
		(slug) => {
			const tree = page(`/sources/${slug}/`);
			expect(select('details.cite-this', tree)).toBeTruthy();
			for (const para of selectAll('.source__body .para', tree)) {
				const id = String(para.properties.id);
				expect(select(`a.para__num[href="#${id}"]`, para)).toBeTruthy();
				expect(select(`:scope > .copy button[data-copy-url="#${id}"][data-enhance]`, para)).toBeTruthy();
			}
			const notes = selectAll('.note', tree);
			expect(notes.length).toBe(corpus.sources.find((s) => s.slug === slug)!.data.claims.length);
			for (const note of notes) {
				const id = String(note.properties.dataNote);
				expect(select(`a.note__anchor[href="#${id}"]`, note)).toBeTruthy();
				expect(select(`button[data-copy-url="#${id}"][data-enhance]`, note)).toBeTruthy();
				expect(select(`[id="${id}"]`, tree), 'the anchor target exists').toBeTruthy();
			}
		},
	);

	it('cites each essay as a page of the site', () => {
		for (const essay of corpus.essays) {
			const path = `${essay.data.locale === 'en' ? '/en' : ''}/themes/${essay.data.theme}/`;
			const formats = selectAll('details.cite-this pre', page(path)).map(text);
			expect(formats.join('\n')).toContain(`https://kz-ru.example.org${path}`);
		}
	});
});
