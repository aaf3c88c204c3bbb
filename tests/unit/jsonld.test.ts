import { describe, expect, it } from 'vitest';
import {
	claimJsonLd,
	essayJsonLd,
	serializeJsonLd,
	sourceJsonLd,
	webPageJsonLd,
	websiteJsonLd,
	type JsonLd,
	type SourceRecord,
} from '../../src/lib/publish/jsonld';
import { corpus, sourceBySlug } from '../support/corpus';

const site = new URL('https://kz-ru.example.org');
const sourceOf = (slug: string): SourceRecord => ({ id: slug, data: sourceBySlug(slug).data });
const gordon = sourceOf('gordon-ivanov-west');
const rosbalt = sourceOf('rosbalt-mikhaylichenko');
const entities = corpus.entities.map((e) => e.data);
const claimOf = (source: SourceRecord, id: string) => source.data.claims.find((c) => c.id === id)!;

/** What an HTML parser sees as the end of a script element's text. */
const SCRIPT_END = /<\/script/i;

describe('serializeJsonLd', () => {
	const hostile = {
		...claimOf(gordon, 'ivanov-kazakhstan-exits-russian-orbit'),
		quote: 'Он сказал: "нет" </script><script>alert(1)</script> <!-- & \u2028\u2029 конец',
	};
	const data = claimJsonLd({ claim: hostile, source: gordon, locale: 'ru', site, entities });
	const json = serializeJsonLd(data);

	it('cannot close the script element or open a comment', () => {
		expect(JSON.stringify(data)).toMatch(SCRIPT_END);
		expect(json).not.toMatch(SCRIPT_END);
		expect(json).not.toContain('<');
		expect(json).not.toContain('>');
		expect(json).not.toContain('&');
		expect(json).not.toMatch(/[\u2028\u2029]/);
		expect(json).toContain('\\u003c/script\\u003e');
	});

	it('parses back to the same object, quotes and all', () => {
		expect(JSON.parse(json)).toEqual(data);
		const quotation = (JSON.parse(json).appearance as JsonLd[])[1];
		expect(quotation.text).toBe(hostile.quote);
	});
});

describe('claim pages', () => {
	it('describe a reported claim: the speaker as author, the source and the quote as appearances', () => {
		const claim = claimOf(gordon, 'ivanov-kazakhstan-exits-russian-orbit');
		const data = claimJsonLd({ claim, source: gordon, locale: 'en', site, entities });
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Claim',
			url: 'https://kz-ru.example.org/en/claims/ivanov-kazakhstan-exits-russian-orbit/',
			name: claim.summary.en,
			author: { '@type': 'Person', name: 'Serhiy Ivanov' },
			firstAppearance: { '@id': 'https://kz-ru.example.org/en/sources/gordon-ivanov-west/#original' },
		});
		const [work, quotation] = data.appearance as JsonLd[];
		expect(work).toMatchObject({
			'@type': 'NewsArticle',
			url: gordon.data.outlet.url,
			headline: gordon.data.title.ru,
			publisher: { '@type': 'Organization', name: 'Gordon (gordonua.com)' },
		});
		// The text is unsigned and dated only by a range: neither is made up.
		expect(work).not.toHaveProperty('author');
		expect(work).not.toHaveProperty('datePublished');
		expect(quotation).toMatchObject({
			'@type': 'Quotation',
			text: claim.quote,
			isPartOf: { '@id': work['@id'] },
			spokenByCharacter: { '@type': 'Person', name: 'Serhiy Ivanov' },
		});
		expect(quotation.url).toBe(
			`${gordon.data.outlet.url}#:~:text=После%20вторжения%20России%20в%20Украину,%22Цензор.НЕТ%22%20украинский%20журналист%20Сергей%20Иванов.`,
		);
	});

	it('leave a speaker the entity index does not classify untyped', () => {
		const source = sourceOf('oqu-multivector-policy');
		const claim = source.data.claims.find((c) => c.attributedTo?.ru === 'западные политологи')!;
		expect(claimJsonLd({ claim, source, locale: 'ru', site, entities }).author).toEqual({
			name: 'западные политологи',
		});
	});

	it('give a signed text its author and stated day', () => {
		const claim = rosbalt.data.claims[0];
		const data = claimJsonLd({ claim, source: rosbalt, locale: 'ru', site, entities });
		expect(data.author).toEqual({ '@type': 'Person', name: 'Дмитрий Михайличенко' });
		expect((data.appearance as JsonLd[])[0]).toMatchObject({
			author: { '@type': 'Person', name: 'Дмитрий Михайличенко' },
			datePublished: '2022-06-08',
		});
	});
});

describe('other pages', () => {
	it('describe a source of unknown outlet as a CreativeWork kept on the site', () => {
		const source = sourceOf('kazakhstan-distancing-2022');
		const data = sourceJsonLd(source, 'ru', site);
		expect(data['@type']).toBe('CreativeWork');
		expect(data).not.toHaveProperty('url');
		expect(data).not.toHaveProperty('publisher');
		expect(data.archivedAt).toBe('https://kz-ru.example.org/sources/kazakhstan-distancing-2022/');
	});

	it('describe an essay as an Article citing its claims', () => {
		const essay = corpus.essays.find((e) => e.data.locale === 'en' && e.data.theme === 'sanctions')!;
		const claim = claimOf(rosbalt, 'kazakhstan-sanctions-beneficiary');
		const data = essayJsonLd({ essay, claims: [{ ...claim, source: rosbalt }], site });
		expect(data).toMatchObject({
			'@type': 'Article',
			headline: essay.data.title,
			dateModified: essay.data.updated,
			author: { '@type': 'Organization' },
		});
		expect(data.citation).toEqual([
			{
				'@type': 'Claim',
				'@id': 'https://kz-ru.example.org/en/claims/kazakhstan-sanctions-beneficiary/#claim',
				url: 'https://kz-ru.example.org/en/claims/kazakhstan-sanctions-beneficiary/',
				name: claim.summary.en,
				appearance: { '@id': 'https://kz-ru.example.org/en/sources/rosbalt-mikhaylichenko/#original' },
			},
		]);
	});

	it('give every other page a typed WebPage in the site, and the home page the WebSite', () => {
		expect(
			webPageJsonLd({ locale: 'en', site, path: '/claims/', name: 'Claims', type: 'CollectionPage' }),
		).toMatchObject({
			'@type': 'CollectionPage',
			url: 'https://kz-ru.example.org/en/claims/',
			isPartOf: { '@type': 'WebSite', url: 'https://kz-ru.example.org/en/' },
		});
		expect(websiteJsonLd('ru', site)).toMatchObject({
			'@type': 'WebSite',
			url: 'https://kz-ru.example.org/',
			inLanguage: 'ru',
		});
	});
});
