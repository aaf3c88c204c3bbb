import type { APIRoute } from 'astro';
import { getCorpusSources } from '../../content';
import { jsonResponse } from '../../lib/publish/open-data/responses';
import { requireSite } from '../../lib/urls/site';
import { sourceRecords } from '../../lib/publish/open-data/records';

export const prerender = true;

/** `/data/sources.json`: every source's metadata, stance, claims and full text. */
export const GET: APIRoute = async ({ site }) =>
	jsonResponse(sourceRecords(await getCorpusSources(), requireSite(site)));
