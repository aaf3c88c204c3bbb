/**
 * The site's open data: the corpus as machine-readable files under `/data/` (JSON, CSV, W3C Web
 * Annotations) and the JSON Schemas describing them. Pure: takes the corpus and the site's
 * address, returns the files' contents; the endpoints in `src/pages/data/` only serve them.
 */
import { z } from 'astro/zod';
import { idSchema, localizedSchema, textSchema } from '../../schemas/common';
import { claimSchema, sourceSchema, type Claim, type SourceData } from '../../schemas/source';
import { siteHref } from '../urls/base';
import { paths } from '../urls/routes';
import { normalizeWhitespace, occurrences, paragraphsOf } from '../corpus/verbatim';

/** A source as the open data reads it: slug, validated frontmatter and verbatim body. */
export interface CorpusSource {
	slug: string;
	data: SourceData;
	/** The Markdown body: the source text verbatim, paragraphs separated by blank lines. */
	body: string;
}

/** Paths of the published files; they are the same for both editions. */
export const dataFiles = {
	claims: '/data/claims.json',
	claimsCsv: '/data/claims.csv',
	sources: '/data/sources.json',
	annotations: '/data/annotations.json',
	claimSchema: '/data/schema/claim.json',
	sourceSchema: '/data/schema/source.json',
} as const;

/** One record of `/data/claims.json`: a claim as the corpus holds it, plus where it lives. */
export const claimRecordSchema = claimSchema
	.safeExtend({
		url: z.url().meta({
			description: 'Permanent address of the claim’s page; insert `/en` after the host for the English edition.',
		}),
		urlInSource: z.url().meta({
			description: 'The claim highlighted in the text of its source: the source page with the claim id as fragment.',
		}),
		source: idSchema.meta({ description: 'Slug of the source the claim comes from (`slug` in sources.json).' }),
		sourceTitle: localizedSchema.meta({ description: 'Headline of the source, in Russian and English.' }),
	})
	.meta({
		title: 'Claim',
		description:
			'One claim of /data/claims.json: a verbatim quote from a source, with the site’s translation, summary and coding.',
	});
export type ClaimRecord = z.infer<typeof claimRecordSchema>;

/** One record of `/data/sources.json`: a source's frontmatter, plus its slug, page and text. */
export const sourceRecordSchema = sourceSchema
	.safeExtend({
		slug: idSchema.meta({ description: 'Stable id of the source; the last segment of its page’s address.' }),
		url: z.url().meta({ description: 'Permanent address of the source’s page.' }),
		text: textSchema.meta({
			description: 'The source text verbatim, in Russian, paragraphs separated by a blank line.',
		}),
	})
	.meta({
		title: 'Source',
		description:
			'One source of /data/sources.json: the text’s metadata, its coded stance, its claims and its full text.',
	});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

/** The site's address, which absolute URLs need; a build without `site` is misconfigured. */
export function requireSite(site: URL | undefined): URL {
	if (!site) throw new Error('open data needs absolute URLs: set `site` in astro.config.mjs');
	return site;
}

const absolute = (path: string, site: URL) => new URL(siteHref(path), site).href;

/** Every claim of the corpus, in source order and then in the order each source lists them. */
export function claimRecords(sources: readonly CorpusSource[], site: URL): ClaimRecord[] {
	return sources.flatMap((source) =>
		source.data.claims.map((claim) => ({
			id: claim.id,
			url: absolute(paths.claim(claim.id), site),
			urlInSource: absolute(paths.claimInSource(source.slug, claim.id), site),
			source: source.slug,
			sourceTitle: { ru: source.data.title.ru, en: source.data.title.en },
			quote: claim.quote,
			translation: claim.translation,
			summary: claim.summary,
			kind: claim.kind,
			...(claim.attributedTo && { attributedTo: claim.attributedTo }),
			...(claim.stance && { stance: claim.stance }),
			themes: claim.themes,
			formerIds: claim.formerIds,
		})),
	);
}

/** A source body as plain text: its paragraphs, trimmed, separated by one blank line. */
export const sourceText = (body: string) => paragraphsOf(body).join('\n\n');

/** Every source with its full text. */
export function sourceRecords(sources: readonly CorpusSource[], site: URL): SourceRecord[] {
	return sources.map((source) => ({
		slug: source.slug,
		url: absolute(paths.source(source.slug), site),
		...source.data,
		text: sourceText(source.body),
	}));
}

/** One field of an RFC 4180 record: quoted when it holds a comma, quote, CR or LF, quotes doubled. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 text: one record per row, fields joined by commas, every record ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** Separates ids in the CSV's list columns, `themes` and `formerIds` (ids never contain it). */
export const CSV_LIST_SEPARATOR = ';';

/**
 * Columns of `claims.csv`, named by their JSON path in a claim record so that the claim schema
 * documents the CSV too; absent optional fields are empty.
 */
export const claimCsvColumns: readonly (readonly [string, (claim: ClaimRecord) => string])[] = [
	['id', (c) => c.id],
	['url', (c) => c.url],
	['urlInSource', (c) => c.urlInSource],
	['source', (c) => c.source],
	['sourceTitle.ru', (c) => c.sourceTitle.ru],
	['sourceTitle.en', (c) => c.sourceTitle.en],
	['quote', (c) => c.quote],
	['translation', (c) => c.translation],
	['summary.ru', (c) => c.summary.ru],
	['summary.en', (c) => c.summary.en],
	['kind', (c) => c.kind],
	['attributedTo.ru', (c) => c.attributedTo?.ru ?? ''],
	['attributedTo.en', (c) => c.attributedTo?.en ?? ''],
	['stance', (c) => c.stance ?? ''],
	['themes', (c) => c.themes.join(CSV_LIST_SEPARATOR)],
	['formerIds', (c) => c.formerIds.join(CSV_LIST_SEPARATOR)],
];

/** `claims.csv`: a header row, then one row per claim. */
export function claimsCsv(claims: readonly ClaimRecord[]): string {
	return toCsv([
		claimCsvColumns.map(([name]) => name),
		...claims.map((claim) => claimCsvColumns.map(([, value]) => value(claim))),
	]);
}

/** How many characters of context a TextQuoteSelector carries on each side. */
export const SELECTOR_CONTEXT = 32;

/** A W3C TextQuoteSelector: the quote and the text just around it. */
export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix: string;
	suffix: string;
}

/** Moves a cut that would split a surrogate pair outward, so context never holds half a character. */
function outwardBoundary(text: string, at: number, direction: -1 | 1): number {
	const clamped = Math.max(0, Math.min(text.length, at));
	const splitsPair =
		clamped > 0 &&
		clamped < text.length &&
		/[\uDC00-\uDFFF]/.test(text[clamped]) &&
		/[\uD800-\uDBFF]/.test(text[clamped - 1]);
	return splitsPair ? clamped + (direction < 0 ? -1 : 1) : clamped;
}

/**
 * The TextQuoteSelector of `exact` in `text` (both whitespace-normalized): `context` characters
 * either side, fewer at the ends of the text. Throws unless `exact` occurs exactly once, since a
 * selector for an ambiguous quote would anchor the annotation in the wrong place.
 */
export function textQuoteSelector(text: string, exact: string, context = SELECTOR_CONTEXT): TextQuoteSelector {
	const hits = occurrences(text, exact);
	if (hits.length !== 1)
		throw new Error(`the quote «${exact}» occurs ${hits.length} times in the text; a selector needs exactly one`);
	const start = hits[0];
	const end = start + exact.length;
	return {
		type: 'TextQuoteSelector',
		exact,
		prefix: text.slice(outwardBoundary(text, start - context, -1), start),
		suffix: text.slice(end, outwardBoundary(text, end + context, 1)),
	};
}

/** JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A W3C Web Annotation of one claim: the summaries as bodies, the quote in its source as target. */
export interface ClaimAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'describing';
	body: { type: 'TextualBody'; value: string; language: 'ru' | 'en'; format: 'text/plain'; purpose: 'describing' }[];
	target: {
		source: string;
		selector: [TextQuoteSelector, { type: 'FragmentSelector'; conformsTo: string; value: string }];
	};
}

/** The annotation of one claim, given the whitespace-normalized body of its source. */
export function claimAnnotation(slug: string, claim: Claim, normalizedBody: string, site: URL): ClaimAnnotation {
	return {
		id: absolute(paths.claim(claim.id), site),
		type: 'Annotation',
		motivation: 'describing',
		body: (['ru', 'en'] as const).map((language) => ({
			type: 'TextualBody',
			value: claim.summary[language],
			language,
			format: 'text/plain',
			purpose: 'describing',
		})),
		target: {
			source: absolute(paths.source(slug), site),
			selector: [
				textQuoteSelector(normalizedBody, normalizeWhitespace(claim.quote)),
				// The claim's element id on the source page: exact where the page is at hand.
				{ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3236', value: claim.id },
			],
		},
	};
}

/** `annotations.json`: every claim's annotation, as one W3C AnnotationCollection with a single page. */
export function annotationCollection(sources: readonly CorpusSource[], site: URL, label: string) {
	const items = sources.flatMap((source) => {
		const body = normalizeWhitespace(source.body);
		return source.data.claims.map((claim) => claimAnnotation(source.slug, claim, body, site));
	});
	const id = absolute(dataFiles.annotations, site);
	return {
		'@context': ANNOTATION_CONTEXT,
		id,
		type: 'AnnotationCollection',
		label,
		total: items.length,
		first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
	};
}

/** The JSON Schema (draft 2020-12) of exported records, with its published address as `$id`. */
export function jsonSchemaOf(schema: z.ZodType, path: string, site: URL): JsonSchema {
	const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as JsonSchema;
	return { $schema, $id: absolute(path, site), ...rest };
}

/** The part of JSON Schema the generated schemas use and the field tables read. */
export interface JsonSchema {
	$schema?: string;
	$id?: string;
	title?: string;
	description?: string;
	type?: string;
	format?: string;
	enum?: unknown[];
	const?: unknown;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	[keyword: string]: unknown;
}

/** One row of a field table: a field's JSON path, its type, whether it is always present, what it means. */
export interface SchemaField {
	path: string;
	type: string;
	/** The allowed values of an enumeration or constant. */
	values: string[];
	required: boolean;
	description: string;
}

const isLocalized = (schema: JsonSchema) =>
	schema.properties?.ru?.type === 'string' && schema.properties?.en?.type === 'string';

/** A field's type in TypeScript-like notation, which reads the same in both editions. */
function typeLabel(schema: JsonSchema): string {
	if (schema.type === 'array') return `${schema.items ? typeLabel(schema.items) : 'unknown'}[]`;
	if (schema.type === 'object') return isLocalized(schema) ? '{ ru, en }' : 'object';
	if (schema.format) return `${schema.type} (${schema.format})`;
	return schema.type ?? 'unknown';
}

/**
 * The fields of a record schema, depth first, for a documentation table. Nested objects are
 * listed field by field (`date.start`), except the `ru`/`en` pair of bilingual text, which the
 * parent's type names; arrays of objects are one row (their items have their own schema).
 */
export function schemaFields(schema: JsonSchema, prefix = ''): SchemaField[] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
		if (isLocalized(schema) && (name === 'ru' || name === 'en')) return [];
		const path = prefix ? `${prefix}.${name}` : name;
		const values = field.enum ?? (field.const === undefined ? [] : [field.const]);
		const row: SchemaField = {
			path,
			type: typeLabel(field),
			values: values.map(String),
			required: required.has(name),
			description: field.description ?? '',
		};
		return [row, ...(field.type === 'object' ? schemaFields(field, path) : [])];
	});
}

/** A Response carrying JSON, pretty-printed with tabs so the files are readable as they are. */
export function jsonResponse(value: unknown, contentType = 'application/json'): Response {
	return new Response(`${JSON.stringify(value, null, '\t')}\n`, {
		headers: { 'Content-Type': `${contentType}; charset=utf-8` },
	});
}

/** A Response carrying RFC 4180 CSV with a header row (RFC 4180 §3 `header=present`). */
export function csvResponse(csv: string): Response {
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
}
