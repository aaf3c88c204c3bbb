import type { APIRoute } from 'astro';
import { claimRecordSchema, dataFiles, jsonResponse, jsonSchemaOf, requireSite } from '../../../lib/publish/open-data';

export const prerender = true;

/** `/data/schema/claim.json`: JSON Schema of one record of claims.json, generated from the Zod schema. */
export const GET: APIRoute = ({ site }) =>
	jsonResponse(jsonSchemaOf(claimRecordSchema, dataFiles.claimSchema, requireSite(site)), 'application/schema+json');
