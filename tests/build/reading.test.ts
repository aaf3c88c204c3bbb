import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../src/lib/corpus/verbatim';
import en from '../../src/i18n/en';
import ru from '../../src/i18n/ru';
import { page, select, selectAll, text } from '../support/dist';
import { corpus } from '../support/corpus';

const claims = corpus.sources.flatMap((s) => s.data.claims.map((c) => ({ ...c, slug: s.slug })));
const editions = [
	['', ru],
	['/en', en],
] as const;

/** Words of the site's own prose in an essay: the MDX body without its component tags. */
const ownWords = (body: string) =>
	body
		.replace(/<[^>]+>/g, ' ')
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('reading experience, in the built site', () => {
	it.each(claims.map((c) => [c.id, c] as const))(
		'claim %s has a page with its Russian quote, linked to its place in the source',
		(id, claim) => {
			for (const [prefix] of editions) {
				const tree = page(`${prefix}/claims/${id}/`);
				const quote = select('blockquote.quote[lang="ru"]', tree);
				expect(quote && normalizeWhitespace(text(quote))).toBe(normalizeWhitespace(claim.quote));
				expect(selectAll(`a[href="${prefix}/sources/${claim.slug}/#${id}"]`, tree).length).toBeGreaterThan(0);
			}
		},
	);

	it.each(editions.map(([prefix, d]) => [prefix || '/', prefix, d] as const))(
		'%s compare: every cell of the themes × sources table links claims or says not addressed',
		(_name, prefix, d) => {
			const tree = page(`${prefix}/compare/`);
			const rows = selectAll('table.matrix tbody tr', tree);
			expect(rows).toHaveLength(corpus.themes.length);
			for (const row of rows) {
				expect(select('th[scope="row"]', row)).toBeTruthy();
				const cells = selectAll('td', row);
				expect(cells).toHaveLength(corpus.sources.length);
				for (const cell of cells) {
					const links = selectAll(`a[href^="${prefix}/claims/"]`, cell);
					if (links.length === 0) expect(text(cell).trim()).toBe(d.compare.notAddressed);
				}
			}
			expect(selectAll('table.matrix thead th[scope="col"]', tree)).toHaveLength(corpus.sources.length + 1);
		},
	);

	it.each(corpus.essays.map((e) => [`${e.data.locale}/${e.data.theme}`, e] as const))(
		'essay %s: every paragraph cites a claim or is marked editorial, 600–1200 words',
		(_name, essay) => {
			const prefix = essay.data.locale === 'en' ? '/en' : '';
			const tree = page(`${prefix}/themes/${essay.data.theme}/`);
			const paragraphs = selectAll('.essay__body p', tree).filter((p) => !selectAll('.editorial p', tree).includes(p));
			expect(paragraphs.length).toBeGreaterThan(3);
			for (const p of paragraphs)
				expect(selectAll('a.cite__marker', p).length, text(p).slice(0, 80)).toBeGreaterThan(0);
			expect(ownWords(essay.body)).toBeGreaterThanOrEqual(600);
			expect(ownWords(essay.body)).toBeLessThanOrEqual(1200);
		},
	);

	it('has at least seven themed essays in each edition', () => {
		for (const locale of ['ru', 'en'])
			expect(corpus.essays.filter((e) => e.data.locale === locale).length).toBeGreaterThanOrEqual(7);
	});

	it.each(editions.map(([prefix]) => [prefix || '/', prefix] as const))(
		'%s timeline: every event has a dated <time>, its precision, and links to its claims',
		(_name, prefix) => {
			const tree = page(`${prefix}/timeline/`);
			const events = selectAll('ol.timeline > li', tree);
			expect(events).toHaveLength(corpus.events.length);
			for (const event of events) {
				expect(select('time[datetime]', event)).toBeTruthy();
				expect(selectAll(`a[href^="${prefix}/claims/"]`, event).length).toBeGreaterThan(0);
			}
		},
	);
});
