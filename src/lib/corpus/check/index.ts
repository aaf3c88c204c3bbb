import type { z } from 'astro/zod';
import { entitySchema, type EntityData } from '../../../schemas/entity';
import { essaySchema, type EssayData } from '../../../schemas/essay';
import { eventSchema, type EventData } from '../../../schemas/event';
import { pageSchema, type PageData } from '../../../schemas/page';
import { sourceSchema, type SourceData } from '../../../schemas/source';
import { themeSchema, type ThemeData } from '../../../schemas/theme';
import { splitFrontmatter } from '../frontmatter';
import { readEssayCitations } from '../essay-citations';
import { normalizeWhitespace, occurrences, paragraphsOf } from '../verbatim';

/** A content file as read from disk: its path relative to the project root, and its text. */
export interface ContentFile {
	path: string;
	text: string;
}

/** Every content file of the site, by collection. */
export interface CorpusFiles {
	sources: ContentFile[];
	themes: ContentFile[];
	events: ContentFile[];
	entities: ContentFile[];
	essays: ContentFile[];
	pages: ContentFile[];
}

/** One thing wrong with the content: where, and what. */
export interface IntegrityIssue {
	/** Path of the offending file, relative to the project root. */
	file: string;
	/** The field, claim or line concerned, e.g. `claims[2] (eaeu-protectionism).quote` or `line 14`. */
	where: string;
	message: string;
}

/** A source record that passed its schema. */
export interface CheckedSource {
	file: string;
	slug: string;
	data: SourceData;
	body: string;
}

const slugOf = (path: string) => path.replace(/^.*\//, '').replace(/\.(mdx?|json)$/, '');
const folderOf = (path: string) => path.split('/').slice(-2, -1)[0];

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

/** Whether two strings differ only by case or ё/е: the usual reason a quote "almost" matches. */
const foldedEqual = (a: string, b: string) => a.toLowerCase().replace(/ё/g, 'е') === b.toLowerCase().replace(/ё/g, 'е');

function quoteIssue(quote: string, paragraphs: string[]): string | undefined {
	const needle = normalizeWhitespace(quote);
	const hits = paragraphs.flatMap((paragraph, index) => occurrences(paragraph, needle).map(() => index));
	if (hits.length === 1) return undefined;
	if (hits.length > 1)
		return `occurs ${hits.length} times in the body (paragraphs ${hits.map((i) => i + 1).join(', ')}); lengthen it until it is unique`;
	const joined = paragraphs.join(' ');
	if (joined.includes(needle)) return 'spans more than one paragraph; a quote must lie within one paragraph';
	const near = paragraphs.some((paragraph) => {
		for (let i = 0; i + needle.length <= paragraph.length; i++)
			if (foldedEqual(paragraph.slice(i, i + needle.length), needle)) return true;
		return false;
	});
	return near
		? 'is not in the body verbatim: it matches only if case or ё/е are ignored, and quotes must be exact'
		: 'is not in the body (compared verbatim, whitespace collapsed)';
}

/** Ids cited as `[claim-id]` in a stance rationale. */
const rationaleIds = (text: string) => [...text.matchAll(/\[([a-z0-9-]+)\]/g)].map((m) => m[1]);

/** Everything the site is built from, checked and parsed. */
export interface CheckedCorpus {
	sources: CheckedSource[];
	themes: { file: string; data: ThemeData }[];
	events: { file: string; data: EventData }[];
	entities: { file: string; data: EntityData }[];
	essays: { file: string; slug: string; data: EssayData; body: string }[];
	pages: { file: string; slug: string; data: PageData; body: string }[];
}

/**
 * Checks the whole corpus: every file against its schema, every quote against its body, claim
 * ids unique across the corpus, every reference (claim → theme, event → claim, essay → theme and
 * claims, rationale → claims) resolved, no empty body, every essay paragraph citing a claim
 * unless marked editorial. Pure: takes file contents, returns what is wrong.
 */
export function checkCorpus(files: CorpusFiles): { issues: IntegrityIssue[]; corpus: CheckedCorpus } {
	const issues: IntegrityIssue[] = [];
	const corpus: CheckedCorpus = { sources: [], themes: [], events: [], entities: [], essays: [], pages: [] };

	for (const file of files.themes) {
		const record = parseRecord(file, themeSchema, 'json', issues);
		if (!record) continue;
		if (record.data.id !== slugOf(file.path))
			issues.push({
				file: file.path,
				where: 'id',
				message: `"${record.data.id}" must match the file name "${slugOf(file.path)}"`,
			});
		corpus.themes.push({ file: file.path, data: record.data });
	}
	const themeIds = new Set(corpus.themes.map((t) => t.data.id));
	// A file that failed its schema hides its ids; reporting every reference to them as missing
	// would bury the real problem, so references are only checked against complete collections.
	const themesComplete = corpus.themes.length === files.themes.length;
	const unknownTheme = (id: string) => themesComplete && !themeIds.has(id);

	/** Where each claim id, current or former, is declared: ids are never shared or reused. */
	const claimHome = new Map<string, string>();
	/** Current claim ids: the only ones other content may cite. */
	const claimIds = new Set<string>();
	for (const file of files.sources) {
		const record = parseRecord(file, sourceSchema, 'mdx', issues);
		if (!record) continue;
		const { data, body } = record;
		const paragraphs = paragraphsOf(body).map(normalizeWhitespace);
		if (paragraphs.length === 0)
			issues.push({ file: file.path, where: 'body', message: 'is empty: the body must hold the source text' });
		data.claims.forEach((claim, index) => {
			const where = `claims[${index}] (${claim.id})`;
			claimIds.add(claim.id);
			for (const [field, id] of [
				['id', claim.id] as const,
				...claim.formerIds.map((former, i) => [`formerIds[${i}]`, former] as const),
			]) {
				const previous = claimHome.get(id);
				if (previous)
					issues.push({
						file: file.path,
						where: `${where}.${field}`,
						message: `"${id}" is already used in ${previous}; claim ids, former ones included, must be unique across the corpus`,
					});
				else claimHome.set(id, file.path);
			}
			if (paragraphs.length) {
				const problem = quoteIssue(claim.quote, paragraphs);
				if (problem) issues.push({ file: file.path, where: `${where}.quote`, message: problem });
			}
			for (const theme of claim.themes)
				if (unknownTheme(theme))
					issues.push({
						file: file.path,
						where: `${where}.themes`,
						message: `refers to theme "${theme}", which does not exist in content/themes/`,
					});
		});
		if (slugOf(file.path) === 'page')
			issues.push({
				file: file.path,
				where: '(file name)',
				message: '"page" cannot name a source: /sources/page/ holds the sources index’s pages',
			});
		corpus.sources.push({ file: file.path, slug: slugOf(file.path), data, body });
	}

	const sourcesComplete = corpus.sources.length === files.sources.length;
	const unknownClaim = (id: string) => sourcesComplete && !claimIds.has(id);

	for (const source of corpus.sources)
		for (const locale of ['ru', 'en'] as const)
			for (const id of rationaleIds(source.data.stance.rationale[locale]))
				if (unknownClaim(id))
					issues.push({
						file: source.file,
						where: `stance.rationale.${locale}`,
						message: `cites [${id}], which is not a claim id`,
					});

	const claimLists = <T extends { id: string; claims: string[] }>(collection: ContentFile[], schema: z.ZodType<T>) =>
		collection.flatMap((file) => {
			const record = parseRecord(file, schema, 'json', issues);
			if (!record) return [];
			if (record.data.id !== slugOf(file.path))
				issues.push({
					file: file.path,
					where: 'id',
					message: `"${record.data.id}" must match the file name "${slugOf(file.path)}"`,
				});
			record.data.claims.forEach((id, index) => {
				if (unknownClaim(id))
					issues.push({
						file: file.path,
						where: `claims[${index}]`,
						message: `refers to claim "${id}", which does not exist`,
					});
			});
			return [{ file: file.path, data: record.data }];
		});
	corpus.events = claimLists(files.events, eventSchema);
	corpus.entities = claimLists(files.entities, entitySchema);

	const essayKeys = new Map<string, string>();
	for (const file of files.essays) {
		const record = parseRecord(file, essaySchema, 'mdx', issues);
		if (!record) continue;
		const { data, body } = record;
		if (data.locale !== folderOf(file.path))
			issues.push({
				file: file.path,
				where: 'locale',
				message: `"${data.locale}" must match the folder "${folderOf(file.path)}"`,
			});
		if (unknownTheme(data.theme))
			issues.push({
				file: file.path,
				where: 'theme',
				message: `refers to theme "${data.theme}", which does not exist in content/themes/`,
			});
		const key = `${data.locale}/${data.theme}`;
		if (essayKeys.has(key))
			issues.push({
				file: file.path,
				where: 'theme',
				message: `theme "${data.theme}" already has a ${data.locale} essay: ${essayKeys.get(key)}`,
			});
		essayKeys.set(key, file.path);
		if (!body.trim()) issues.push({ file: file.path, where: 'body', message: 'is empty: an essay needs text' });
		try {
			const { citations, uncitedParagraphs } = readEssayCitations(file.text);
			for (const citation of citations) {
				if (citation.id === undefined)
					issues.push({
						file: file.path,
						where: `line ${citation.line}`,
						message: `<${citation.component}> needs a literal id="claim-id" attribute`,
					});
				else if (unknownClaim(citation.id))
					issues.push({
						file: file.path,
						where: `line ${citation.line}`,
						message: `<${citation.component} id="${citation.id}"/> cites a claim that does not exist`,
					});
			}
			for (const line of uncitedParagraphs)
				issues.push({
					file: file.path,
					where: `line ${line}`,
					message:
						'paragraph cites no claim: cite one with <Claim id="…"/> or <Cite id="…"/>, or wrap editorial context in <Editorial>',
				});
		} catch (error) {
			const e = error as Error & { line?: number };
			issues.push({
				file: file.path,
				where: `line ${e.line ?? '?'}`,
				message: `is not valid MDX: ${e.message.split('\n')[0]}`,
			});
		}
		corpus.essays.push({ file: file.path, slug: slugOf(file.path), data, body });
	}

	for (const file of files.pages) {
		const record = parseRecord(file, pageSchema, 'mdx', issues);
		if (!record) continue;
		if (record.data.locale !== folderOf(file.path))
			issues.push({
				file: file.path,
				where: 'locale',
				message: `"${record.data.locale}" must match the folder "${folderOf(file.path)}"`,
			});
		if (!record.body.trim()) issues.push({ file: file.path, where: 'body', message: 'is empty' });
		corpus.pages.push({ file: file.path, slug: slugOf(file.path), data: record.data, body: record.body });
	}

	// Parity: the English edition is complete, so everything the site writes exists in both.
	const parity = (kind: string, items: { file: string; key: string; locale: string }[]) => {
		for (const item of items) {
			const other = item.locale === 'ru' ? 'en' : 'ru';
			if (!items.some((i) => i.key === item.key && i.locale === other))
				issues.push({
					file: item.file,
					where: 'locale',
					message: `this ${kind} has no ${other} counterpart (content/${kind}s/${other}/${item.key}.mdx)`,
				});
		}
	};
	parity(
		'essay',
		corpus.essays.map((e) => ({ file: e.file, key: e.data.theme, locale: e.data.locale })),
	);
	parity(
		'page',
		corpus.pages.map((p) => ({ file: p.file, key: p.slug, locale: p.data.locale })),
	);

	return { issues, corpus };
}

/** One issue per line, `file › where: message`, for build errors and test assertions. */
export function formatIssues(issues: readonly IntegrityIssue[]): string {
	return issues.map((i) => `${i.file} › ${i.where}: ${i.message}`).join('\n');
}

/**
 * Rebuilds a source body from its seed: page furniture removed (an entry matches a whole line or
 * the start of a line), every remaining non-empty line a paragraph. Returns the paragraphs whose
 * text differs from the body's, so a test can prove the body is the seed verbatim.
 */
export function seedMismatches(
	seed: string,
	furniture: readonly string[],
	body: string,
): { paragraph: number; expected: string; actual: string }[] {
	const expected = seed
		.split(/\r?\n/)
		.map((line) => {
			const entry = furniture.find((f) => line === f || line.startsWith(f));
			return entry === undefined ? line : line.slice(entry.length);
		})
		.map((line) => line.trim())
		.filter(Boolean);
	const actual = paragraphsOf(body);
	const mismatches = [];
	for (let i = 0; i < Math.max(expected.length, actual.length); i++)
		if (expected[i] !== actual[i])
			mismatches.push({ paragraph: i + 1, expected: expected[i] ?? '(nothing)', actual: actual[i] ?? '(nothing)' });
	return mismatches;
}
