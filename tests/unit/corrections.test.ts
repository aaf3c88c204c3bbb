import { describe, expect, it } from 'vitest';
import { corrections } from '../../src/lib/publish/corrections';
import { corpus } from '../support/corpus';

const revision = <F extends string>(date: string, text: string, field: F) => ({
	date,
	fields: [field],
	note: { ru: `${text} (ru)`, en: `${text} (en)` },
});
const [first, second] = corpus.sources;
// Two sources with a claim revised on different days, and two essays, one per edition.
const sources = [
	{
		slug: second.slug,
		data: {
			...second.data,
			revisions: [],
			claims: second.data.claims.map((c, i) => ({
				...c,
				revisions: i === 0 ? [revision('2026-12-03', 'b', 'summary')] : [],
			})),
		},
	},
	{
		slug: first.slug,
		data: {
			...first.data,
			revisions: [revision('2026-12-02', 'a', 'synopsis')],
			claims: first.data.claims.map((c) => ({ ...c, revisions: [] })),
		},
	},
];
const essays = corpus.essays
	.filter((e) => e.data.theme === corpus.essays[0].data.theme)
	.map((e) => ({ data: { ...e.data, revisions: [revision('2026-12-01', `essay ${e.data.locale}`, 'text')] } }));

describe('the corrections log', () => {
	it('lists every revision newest first, each with its stable id and the permanent address of what changed', () => {
		const all = corrections(sources, essays);
		expect(all.map((c) => c.date)).toEqual(['2026-12-03', '2026-12-02', '2026-12-01', '2026-12-01']);
		expect(all[0]).toMatchObject({
			id: `claim-${second.data.claims[0].id}-1`,
			kind: 'claim',
			path: `/claims/${second.data.claims[0].id}/`,
			source: second.slug,
			title: second.data.claims[0].summary,
		});
		expect(all[1]).toMatchObject({ id: `source-${first.slug}-1`, kind: 'source', path: `/sources/${first.slug}/` });
	});

	it('shows an essay’s corrections in its own edition only', () => {
		const theme = essays[0].data.theme;
		for (const locale of ['ru', 'en'] as const) {
			const listed = corrections(sources, essays, locale).filter((c) => c.kind === 'essay');
			expect(listed.map((c) => c.id)).toEqual([`essay-${locale}-${theme}-1`]);
			expect(listed[0].note.en).toBe(`essay ${locale} (en)`);
		}
	});
});
