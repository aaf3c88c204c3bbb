import type { z } from 'astro/zod';
import { entitySchema } from '../../../schemas/entity';
import { essaySchema } from '../../../schemas/essay';
import { eventSchema } from '../../../schemas/event';
import { pageSchema } from '../../../schemas/page';
import { sourceSchema } from '../../../schemas/source';
import { themeSchema } from '../../../schemas/theme';
import type { CheckedCorpus, ContentFile, CorpusFiles } from '../files';
import { splitFrontmatter } from '../frontmatter';
import type { IntegrityIssue } from './issues';

/** The file name without folder and extension: a record's id or slug. */
export const slugOf = (path: string) => path.replace(/^.*\//, '').replace(/\.(mdx?|json)$/, '');

/** Renders a Zod path as `claims[2] (eaeu-protectionism).quote`, naming the claim by its id. */
function fieldPath(path: readonly PropertyKey[], data: unknown): string {
	let out = '';
	let node: unknown = data;
	for (const key of path) {
		if (typeof key === 'number') {
			out += `[${key}]`;
			node = Array.isArray(node) ? node[key] : undefined;
			const id = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
			if (typeof id === 'string') out += ` (${id})`;
		} else {
			out += out ? `.${String(key)}` : String(key);
			node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
		}
	}
	return out || '(frontmatter)';
}

/** Zod's issues rewritten so that an editor can act on them without knowing Zod. */
function schemaIssues(file: string, error: z.ZodError, data: unknown): IntegrityIssue[] {
	return error.issues.map((issue) => {
		const where = fieldPath(issue.path, data);
		let message = issue.message;
		if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) message = 'is required but missing';
		else if (issue.code === 'invalid_value' && 'values' in issue)
			message = `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
		else if (issue.code === 'unrecognized_keys')
			message = `has unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
		return { file, where, message };
	});
}

/** Reads one file (JSON, or MDX with YAML frontmatter) against its schema; problems go to `issues`. */
function parseRecord<T>(
	file: ContentFile,
	schema: z.ZodType<T>,
	kind: 'mdx' | 'json',
	issues: IntegrityIssue[],
): { data: T; body: string } | undefined {
	let raw: unknown;
	let body = '';
	if (kind === 'json') {
		try {
			raw = JSON.parse(file.text);
		} catch (error) {
			issues.push({ file: file.path, where: '(file)', message: `is not valid JSON: ${(error as Error).message}` });
			return undefined;
		}
	} else {
		const split = splitFrontmatter(file.text);
		for (const error of split.errors)
			issues.push({
				file: file.path,
				where: `line ${error.line}`,
				message: `frontmatter is not valid YAML: ${error.message}`,
			});
		if (split.errors.length) return undefined;
		if (split.data === undefined) {
			issues.push({
				file: file.path,
				where: '(frontmatter)',
				message: 'is missing: the file must start with `---` YAML frontmatter',
			});
			return undefined;
		}
		raw = split.data;
		body = split.body;
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) {
		issues.push(...schemaIssues(file.path, parsed.error, raw));
		return undefined;
	}
	return { data: parsed.data, body };
}

/**
 * Every file against its schema: the records that pass, and what is wrong with the others. A
 * collection is `complete` when all its files passed; references into an incomplete collection
 * are not checked, since reporting every reference to a broken file's ids would bury the real
 * problem.
 */
export function parseCorpus(files: CorpusFiles) {
	const issues: IntegrityIssue[] = [];
	const parseAll = <T>(collection: ContentFile[], schema: z.ZodType<T>, kind: 'mdx' | 'json') =>
		collection.flatMap((file) => {
			const record = parseRecord(file, schema, kind, issues);
			return record ? [{ file: file.path, slug: slugOf(file.path), ...record }] : [];
		});
	const sources = parseAll(files.sources, sourceSchema, 'mdx');
	const themes = parseAll(files.themes, themeSchema, 'json');
	const corpus: CheckedCorpus = {
		sources,
		themes: themes.map(({ file, data }) => ({ file, data })),
		events: parseAll(files.events, eventSchema, 'json').map(({ file, data }) => ({ file, data })),
		entities: parseAll(files.entities, entitySchema, 'json').map(({ file, data }) => ({ file, data })),
		essays: parseAll(files.essays, essaySchema, 'mdx'),
		pages: parseAll(files.pages, pageSchema, 'mdx'),
	};
	const complete = {
		sources: corpus.sources.length === files.sources.length,
		themes: corpus.themes.length === files.themes.length,
	};
	return { corpus, issues, complete };
}
