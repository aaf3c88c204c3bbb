import type { APIRoute } from 'astro';
import { getCorpusSources } from '../../content';
import { claimRecords, claimsCsv, csvResponse, requireSite } from '../../lib/publish/open-data';

export const prerender = true;

/** `/data/claims.csv`: the claims as an RFC 4180 table, one row per claim. */
export const GET: APIRoute = async ({ site }) =>
	csvResponse(claimsCsv(claimRecords(await getCorpusSources(), requireSite(site))));
