import type { APIRoute } from 'astro';
import { getCorpusSources } from '../../content';
import { claimRecords } from '../../lib/publish/open-data/records';
import { jsonResponse } from '../../lib/publish/open-data/responses';
import { requireSite } from '../../lib/urls/site';

export const prerender = true;

/** `/data/claims.json`: every claim of the corpus, with its permanent addresses. */
export const GET: APIRoute = async ({ site }) =>
	jsonResponse(claimRecords(await getCorpusSources(), requireSite(site)));
