import { describe, expect, it } from 'vitest';
import {
	CITATION_ACCESSED,
	citationSet,
	citationStyles,
	cslIssued,
	cslItem,
	formatApa,
	formatGost,
	type CitableSource,
} from '../../src/lib/cite/references';
import { corpus, sourceBySlug } from '../support/corpus';

const site = new URL('https://kz-ru.example.org');
const sourceOf = (slug: string): CitableSource => ({ id: slug, data: sourceBySlug(slug).data });
const gordon = sourceOf('gordon-ivanov-west');
const rosbalt = sourceOf('rosbalt-mikhaylichenko');
const claim = { kind: 'claim', claimId: 'ivanov-kazakhstan-exits-russian-orbit', source: gordon } as const;

const gordonUrl = gordon.data.outlet.url!;
const ruTitle =
	'Блогер Иванов: Сложились все предпосылки, чтобы коллективный Запад помог Казахстану выйти из-под российского влияния';
const enTitle =
	'Blogger Ivanov: All the preconditions are in place for the collective West to help Kazakhstan break free of Russian influence';

describe('one claim, every format', () => {
	const ru = citationSet(claim, 'ru', site);
	const en = citationSet(claim, 'en', site);

	it('ГОСТ: headline // outlet, the inferred year in brackets, the original URL, then the site page it was read at', () => {
		expect(ru.gost).toBe(
			`${ruTitle} // «Гордон» (gordonua.com). — [2022]. — URL: ${gordonUrl}. — Цит. по: Казахстан и Россия: пять текстов. — URL: https://kz-ru.example.org/claims/ivanov-kazakhstan-exits-russian-orbit/ (дата обращения: 21.11.2026).`,
		);
	});

	it('APA: unsigned, so the title leads; original headline with the translation in brackets; «ca.» for the inferred year', () => {
		expect(en.apa).toBe(
			`${ruTitle} [${enTitle}]. (ca. 2022). Gordon (gordonua.com). Kazakhstan and Russia: five texts (https://kz-ru.example.org/en/claims/ivanov-kazakhstan-exits-russian-orbit/). ${gordonUrl}`,
		);
	});

	it('gives the same ГОСТ and APA references on both editions', () => {
		expect(en.gost).toBe(ru.gost);
		expect(ru.apa).toBe(en.apa);
	});

	it('BibTeX: keyed by the claim id, Cyrillic kept, the site page in the note', () => {
		const fields = Object.fromEntries([...ru.bibtex.matchAll(/^\t(\w+) = \{(.*)\},$/gmu)].map((m) => [m[1], m[2]]));
		expect(ru.bibtex.startsWith('@article{ivanov-kazakhstan-exits-russian-orbit,')).toBe(true);
		expect(fields).toMatchObject({
			title: ruTitle,
			journal: '«Гордон» (gordonua.com)',
			year: '2022',
			url: gordonUrl,
			note: 'Цит. по: Казахстан и Россия: пять текстов, https://kz-ru.example.org/claims/ivanov-kazakhstan-exits-russian-orbit/ (дата обращения: 2026-11-21)',
		});
		expect(fields.author).toBeUndefined();
		expect(en.bibtex).toContain(
			'note = {Quoted from: Kazakhstan and Russia: five texts, https://kz-ru.example.org/en/claims/ivanov-kazakhstan-exits-russian-orbit/ (accessed: 2026-11-21)}',
		);
	});

	it('CSL-JSON: one item of the edition, parsable, with exactly the known facts', () => {
		const parsed = JSON.parse(ru.cslJson);
		expect(parsed).toEqual([ru.csl]);
		expect(ru.csl).toEqual({
			id: 'ivanov-kazakhstan-exits-russian-orbit',
			type: 'article-newspaper',
			language: 'ru',
			title: ruTitle,
			'container-title': '«Гордон» (gordonua.com)',
			issued: { 'date-parts': [[2022]], circa: true },
			URL: gordonUrl,
			accessed: { 'date-parts': [[2026, 11, 21]] },
			archive: 'Казахстан и Россия: пять текстов',
			archive_location: 'https://kz-ru.example.org/claims/ivanov-kazakhstan-exits-russian-orbit/',
		});
		expect(en.csl.title).toBe(`${ruTitle} [${enTitle}]`);
	});
});

describe('source and claim references from one formatting per source', () => {
	it('equal what citeproc writes for every real source and each of its claims, in both styles', () => {
		for (const real of corpus.sources) {
			const source = sourceOf(real.slug);
			const works = [
				{ kind: 'source', source } as const,
				...real.data.claims.map(({ id }) => ({ kind: 'claim', claimId: id, source }) as const),
			];
			for (const work of works) {
				const id = work.kind === 'claim' ? work.claimId : real.slug;
				expect(citationStyles(work, site), id).toEqual({
					gost: formatGost(cslItem(work, 'ru', site)),
					apa: formatApa(cslItem(work, 'en', site)),
				});
			}
		}
	});

	it('follow the site they are built for', () => {
		const other = new URL('https://mirror.example.net');
		expect(citationStyles(claim, other).gost).toContain('https://mirror.example.net/claims/');
		expect(citationStyles(claim, site).gost).toContain('https://kz-ru.example.org/claims/');
	});
});

describe('citation model', () => {
	it('names a signed author in the ГОСТ heading and in APA, with the stated day', () => {
		const set = citationSet({ kind: 'source', source: rosbalt }, 'ru', site);
		expect(set.gost).toMatch(
			/^Михайличенко Д\. Дмитрий Михайличенко\. Казахстан использует ситуацию для отслоения от России \/\/ Росбалт\. — 2022\. — 8 июня\. — URL: /,
		);
		expect(set.apa).toMatch(/^Mikhaylichenko, D\. \(2022, June 8\)\. /);
		expect(set.bibtex).toContain('author = {Михайличенко, Дмитрий},');
		expect(set.csl.archive_location).toBe('https://kz-ru.example.org/sources/rosbalt-mikhaylichenko/');
	});

	it('brackets a headline the site supplied and leaves out what is unknown', () => {
		const source = sourceOf('kazakhstan-distancing-2022');
		expect(source.data.title.supplied).toBe(true);
		const item = cslItem({ kind: 'source', source }, 'ru', site);
		expect(item.title).toBe(`[${source.data.title.ru}]`);
		expect(item).not.toHaveProperty('URL');
		expect(item).not.toHaveProperty('container-title');
		expect(item).not.toHaveProperty('author');
		expect(formatGost(item)).toBe(
			`[${source.data.title.ru}]. — [2022]. — Цит. по: Казахстан и Россия: пять текстов. — URL: https://kz-ru.example.org/sources/kazakhstan-distancing-2022/ (дата обращения: 21.11.2026).`,
		);
	});

	it('gives a range spanning years as a span, in every format', () => {
		const set = citationSet({ kind: 'source', source: sourceOf('oqu-nur-sultan-moscow') }, 'ru', site);
		expect(set.csl.issued).toEqual({ 'date-parts': [[2019], [2021]], circa: true });
		expect(set.gost).toContain(' — [2019–2021]. — ');
		expect(set.apa).toContain('(ca. 2019–2021)');
		expect(set.bibtex).toContain('year = {2019--2021},');
	});

	it('never makes a date more precise than its dating', () => {
		expect(cslIssued({ start: '2022-06-01', precision: 'month', stated: true })).toEqual({ 'date-parts': [[2022, 6]] });
		expect(cslIssued({ start: '2022-01-01', precision: 'year', stated: false })).toEqual({
			'date-parts': [[2022]],
			circa: true,
		});
		expect(cslIssued({ start: '2022-05-15', end: '2022-06-30', precision: 'range', stated: false })).toEqual({
			'date-parts': [[2022]],
			circa: true,
		});
		const monthly = {
			...rosbalt,
			data: { ...rosbalt.data, date: { start: '2022-06-01', precision: 'month' as const, stated: true } },
		};
		expect(formatGost(cslItem({ kind: 'source', source: monthly }, 'ru', site))).toContain(
			'// Росбалт. — 2022. — URL:',
		);
	});

	it('cites a collective author as a name, not as a person', () => {
		const collective = {
			...rosbalt,
			data: {
				...rosbalt.data,
				author: {
					...rosbalt.data.author,
					kind: 'collective' as const,
					name: { ru: 'Редакция «Росбалта»', en: 'Rosbalt editors' },
				},
			},
		};
		expect(cslItem({ kind: 'source', source: collective }, 'en', site).author).toEqual([
			{ literal: 'Rosbalt editors' },
		]);
	});

	it('cites an essay as the site page by its editors, accessed on its last revision', () => {
		const essay = corpus.essays.find((e) => e.data.locale === 'ru' && e.data.theme === 'sanctions')!;
		const set = citationSet({ kind: 'essay', essay }, 'ru', site);
		const [y, m, d] = essay.data.updated.split('-');
		expect(set.csl).toMatchObject({
			type: 'webpage',
			author: [{ literal: 'Редакция сайта «Казахстан и Россия: пять текстов»' }],
			URL: 'https://kz-ru.example.org/themes/sanctions/',
		});
		expect(set.gost).toBe(
			`${essay.data.title} / Редакция сайта «Казахстан и Россия: пять текстов» // Казахстан и Россия: пять текстов. — ${y}. — ${Number(d)} ${['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'][Number(m) - 1]}. — URL: https://kz-ru.example.org/themes/sanctions/ (дата обращения: ${d}.${m}.${y}).`,
		);
		expect(set.apa.startsWith(`Редакция сайта «Казахстан и Россия: пять текстов». (${y}, `)).toBe(true);
	});

	it('takes the access date from one constant, never the clock', () => {
		expect(CITATION_ACCESSED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(cslItem(claim, 'ru', site).accessed).toEqual({ 'date-parts': [CITATION_ACCESSED.split('-').map(Number)] });
	});
});
