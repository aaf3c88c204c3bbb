import type { APIRoute } from 'astro';
import { getCorpusSources } from '../../content';
import { jsonResponse, requireSite, sourceRecords } from '../../lib/publish/open-data';

export const prerender = true;

/** `/data/sources.json`: every source's metadata, stance, claims and full text. */
export const GET: APIRoute = async ({ site }) =>
	jsonResponse(sourceRecords(await getCorpusSources(), requireSite(site)));
