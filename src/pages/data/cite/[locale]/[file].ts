import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../../i18n';
import { getSources, referenceFilesKey, type Source } from '../../../../content';
import { sourceReferenceFiles } from '../../../../lib/cite/references';
import { requireSite } from '../../../../lib/urls/site';

const formats = {
	bib: { key: 'bibtex', type: 'application/x-bibtex' },
	json: { key: 'csl', type: 'application/vnd.citationstyles.csl+json' },
} as const;

/**
 * Per source and edition, `<source>.bib` (BibTeX) and `<source>.json` (CSL-JSON), restored from
 * the last build when the source is unchanged (`experimental.incrementalBuild`): formatting them
 * took 43 of a rebuild's 258 s at N = 2000.
 */
export const getStaticPaths = (async () =>
	(await getSources()).flatMap((source) =>
		locales.flatMap((locale) =>
			(Object.keys(formats) as (keyof typeof formats)[]).map((format) => ({
				params: { locale, file: `${source.id}.${format}` },
				props: { source, format },
				cacheKey: referenceFilesKey(source),
			})),
		),
	)) satisfies GetStaticPaths;

/** The references of a source and of each of its claims, in one format. */
export const GET: APIRoute = ({ params, props, site }) => {
	const { source, format } = props as { source: Source; format: keyof typeof formats };
	const files = sourceReferenceFiles(source, params.locale as Locale, requireSite(site));
	return new Response(files[formats[format].key], {
		headers: { 'Content-Type': `${formats[format].type}; charset=utf-8` },
	});
};
