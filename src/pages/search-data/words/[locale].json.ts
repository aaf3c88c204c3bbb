import type { APIRoute } from 'astro';
import { getEntities, getEssays, getSources } from '../../../content';
import { locales, type Locale } from '../../../i18n';
import { vocabularyOf } from '../../../lib/search/suggest';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

/**
 * The words an edition's search can find, for suggesting corrections when a query word is in
 * none of the texts: fetched only on such a miss. English pages search the Russian index too,
 * so their vocabulary holds the Russian words as well.
 */
export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	const editions: Locale[] = locale === 'en' ? ['en', 'ru'] : ['ru'];
	const texts: string[] = [];
	for (const edition of editions) {
		for (const source of await getSources()) {
			const { title, synopsis, author, outlet, claims } = source.data;
			texts.push(title[edition], synopsis[edition], author.name?.[edition] ?? '', outlet.name?.[edition] ?? '');
			for (const claim of claims)
				texts.push(claim.summary[edition], edition === 'ru' ? claim.quote : claim.translation);
			if (edition === 'ru') texts.push(source.body ?? '');
		}
		for (const essay of await getEssays(edition)) texts.push(essay.data.title, essay.body ?? '');
		for (const entity of await getEntities(edition))
			texts.push(entity.data.name.ru, entity.data.name.en, ...entity.data.aliases);
	}
	return new Response(JSON.stringify(vocabularyOf(texts)), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
