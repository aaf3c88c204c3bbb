import type { APIRoute } from 'astro';
import { dataFiles, jsonResponse, jsonSchemaOf, requireSite, sourceRecordSchema } from '../../../lib/publish/open-data';

export const prerender = true;

/** `/data/schema/source.json`: JSON Schema of one record of sources.json, generated from the Zod schema. */
export const GET: APIRoute = ({ site }) =>
	jsonResponse(jsonSchemaOf(sourceRecordSchema, dataFiles.sourceSchema, requireSite(site)), 'application/schema+json');
