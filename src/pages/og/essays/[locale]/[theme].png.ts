import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../../i18n';
import { getEssays } from '../../../../content';
import { cardResponse, ogPaths } from '../../../../lib/publish/og/cards';

/** One card per essay, i.e. per theme and edition. */
export const getStaticPaths = (async () =>
	(
		await Promise.all(
			locales.map(async (locale) =>
				(await getEssays(locale)).map((essay) => ({ params: { locale, theme: essay.data.theme } })),
			),
		)
	).flat()) satisfies GetStaticPaths;

/** The essay's card as PNG. */
export const GET: APIRoute = ({ params }) => cardResponse(ogPaths.essay(params.locale as Locale, params.theme!));
