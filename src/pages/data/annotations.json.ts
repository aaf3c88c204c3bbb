import type { APIRoute } from 'astro';
import { t } from '../../i18n';
import { getCorpusSources } from '../../content';
import { ANNOTATION_CONTEXT, annotationCollection } from '../../lib/publish/open-data/annotations';
import { jsonResponse } from '../../lib/publish/open-data/responses';
import { requireSite } from '../../lib/urls/site';

export const prerender = true;

/** `/data/annotations.json`: every claim as a W3C Web Annotation on the text of its source. */
export const GET: APIRoute = async ({ site }) =>
	jsonResponse(
		annotationCollection(await getCorpusSources(), requireSite(site), t('en').data.annotationsLabel),
		`application/ld+json; profile="${ANNOTATION_CONTEXT}"`,
	);
