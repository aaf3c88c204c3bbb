import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, paragraphsOf } from '../../src/lib/corpus/verbatim';
import { page, select, selectAll, text, type Element } from '../support/dist';
import { corpus } from '../support/corpus';

/** The outermost elements carrying a claim: the whole quote, or its parts when split. */
function claimParts(tree: ReturnType<typeof page>, id: string): Element[] {
	const all = selectAll(`[data-claim="${id}"]`, tree);
	return all.filter(
		(el) => !all.some((other) => other !== el && selectAll(`[data-claim="${id}"]`, other).includes(el)),
	);
}

describe('built source pages', () => {
	it('exist for all five sources, in both editions', () => {
		expect(corpus.sources).toHaveLength(5);
		for (const source of corpus.sources) {
			expect(select('h1', page(`/sources/${source.slug}/`))).toBeTruthy();
			expect(select('h1', page(`/en/sources/${source.slug}/`))).toBeTruthy();
		}
	});

	describe.each(corpus.sources.map((s) => [s.slug, s] as const))('%s', (slug, source) => {
		const tree = page(`/sources/${slug}/`);
		const body = select('.source__body', tree)!;

		it('anchors every claim once, with exactly its quote as text', () => {
			for (const claim of source.data.claims) {
				expect(selectAll(`[id="${claim.id}"]`, tree), claim.id).toHaveLength(1);
				const parts = claimParts(tree, claim.id);
				expect(normalizeWhitespace(parts.map((el) => text(el)).join('')), claim.id).toBe(
					normalizeWhitespace(claim.quote),
				);
			}
		});

		it('anchors every paragraph, in order, with the body text unchanged', () => {
			const expected = paragraphsOf(source.body).map(normalizeWhitespace);
			const rendered = selectAll('.para > p', body).map((p) => normalizeWhitespace(text(p)));
			expect(rendered).toEqual(expected);
			expect(selectAll('.para', body).map((el) => el.properties.id)).toEqual(expected.map((_, i) => `p-${i + 1}`));
		});
	});
});
