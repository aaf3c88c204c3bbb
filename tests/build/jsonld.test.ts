import { describe, expect, it } from 'vitest';
import { builtPages, page, selectAll, text } from '../support/dist';
import { corpus } from '../support/corpus';

/** The parsed JSON-LD blocks of a built page. */
const jsonLdOf = (path: string): Record<string, unknown>[] =>
	selectAll('script[type="application/ld+json"]', page(path)).map((script) => JSON.parse(text(script)));

describe('structured data in the built site', () => {
	const pages = builtPages();

	it('covers a real site', () => {
		expect(pages.length).toBeGreaterThan(100);
	});

	it.each(pages)('%s has JSON-LD that parses, in the head, with a schema.org @type', (path) => {
		const tree = page(path);
		expect(
			selectAll('head script[type="application/ld+json"]', tree).length,
			'a JSON-LD block in the head',
		).toBeGreaterThan(0);
		for (const data of jsonLdOf(path)) {
			expect(data['@context']).toBe('https://schema.org');
			expect(typeof data['@type']).toBe('string');
		}
	});

	it('describes every claim page as a Claim appearing in its source', () => {
		for (const source of corpus.sources) {
			for (const claim of source.data.claims) {
				for (const prefix of ['', '/en']) {
					const [data] = jsonLdOf(`${prefix}/claims/${claim.id}/`);
					expect(data['@type'], claim.id).toBe('Claim');
					const [work, quotation] = data.appearance as Record<string, unknown>[];
					expect(work.headline).toBe(source.data.title.ru);
					expect(quotation).toMatchObject({ '@type': 'Quotation', text: claim.quote });
				}
			}
		}
	});

	it('describes sources as the original text and essays as articles', () => {
		for (const source of corpus.sources) {
			expect(jsonLdOf(`/sources/${source.slug}/`)[0]['@type']).toBe(
				source.data.outlet.name ? 'NewsArticle' : 'CreativeWork',
			);
		}
		for (const essay of corpus.essays) {
			const [data] = jsonLdOf(`${essay.data.locale === 'en' ? '/en' : ''}/themes/${essay.data.theme}/`);
			expect(data['@type']).toBe('Article');
			expect((data.citation as unknown[]).length).toBeGreaterThan(0);
		}
		expect(jsonLdOf('/')[0]['@type']).toBe('WebSite');
	});
});
