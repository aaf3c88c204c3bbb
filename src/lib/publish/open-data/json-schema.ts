import { z } from 'astro/zod';
import { absoluteUrl } from '../../urls/site';

/** The JSON Schema (draft 2020-12) of exported records, with its published address as `$id`. */
export function jsonSchemaOf(schema: z.ZodType, path: string, site: URL): JsonSchema {
	const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as JsonSchema;
	return { $schema, $id: absoluteUrl(path, site), ...rest };
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
