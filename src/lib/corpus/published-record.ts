/**
 * The published record (`content/published/record.json`): what readers have been served, field
 * by field, for every claim, source and essay. The build compares the content with it so that
 * no published text changes silently: a field that differs needs a revision entry naming it
 * (`src/schemas/revision.ts`), and `npm run record` writes the new state once it has one.
 *
 * Each entry keeps the day the item was first published and how many of its revisions the
 * record has seen: revisions after those are the new ones, which must explain exactly the
 * fields that changed. Claims, sources and essays not in the record are new, not revised.
 */
import { createHash } from 'node:crypto';
import type { Revision, RevisableField } from '../../schemas/revision';
import type { IntegrityIssue } from './check/issues';
import type { CheckedCorpus, ContentFile } from './files';
import { normalizeWhitespace } from './verbatim';

/** Path of the record, relative to the project root. */
export const RECORD_PATH = 'content/published/record.json';

/** One published item: when it was first published, the revisions recorded, and its published fields. */
export interface RecordEntry {
	/** Day the item was first recorded as published. */
	published: string;
	/** How many of its revisions the record has seen. */
	revisions: number;
	/** The published fields, as served. */
	fields: Record<string, unknown>;
}

/** The whole record, by kind: claims by id, sources by slug, essays by `<locale>/<theme>`. */
export interface PublishedRecord {
	claims: Record<string, RecordEntry>;
	sources: Record<string, RecordEntry>;
	essays: Record<string, RecordEntry>;
}

/** One claim, source or essay of the corpus as the record sees it. */
export interface RecordItem {
	kind: keyof PublishedRecord;
	/** Key in the record. */
	key: string;
	/** Keys it had before a rename (a claim's `formerIds`). */
	formerKeys: string[];
	/** File and field prefix for messages, e.g. `claims[2] (eaeu-x)`. */
	file: string;
	where: string;
	/** What it is called in a message: `claim`, `source`, `essay`. */
	noun: string;
	fields: Record<string, unknown>;
	revisions: Revision[];
}

/** SHA-256 of a text with its whitespace collapsed: an essay's body in the record. */
export const textDigest = (text: string) =>
	`sha256:${createHash('sha256').update(normalizeWhitespace(text)).digest('hex')}`;

/** Every item of the corpus with the fields the record keeps. */
export function recordItems(corpus: CheckedCorpus): RecordItem[] {
	const items: RecordItem[] = [];
	for (const source of corpus.sources) {
		const { title, author, date, stance, synopsis } = source.data;
		items.push({
			kind: 'sources',
			key: source.slug,
			formerKeys: [],
			file: source.file,
			where: '',
			noun: 'source',
			fields: { title, author, date, stance, synopsis },
			revisions: source.data.revisions,
		});
		source.data.claims.forEach((claim, index) => {
			const { quote, translation, summary, kind, themes } = claim;
			items.push({
				kind: 'claims',
				key: claim.id,
				formerKeys: claim.formerIds,
				file: source.file,
				where: `claims[${index}] (${claim.id})`,
				noun: 'claim',
				fields: {
					quote,
					translation,
					summary,
					kind,
					themes,
					attributedTo: claim.attributedTo ?? null,
					stance: claim.stance ?? null,
				},
				revisions: claim.revisions,
			});
		});
	}
	for (const essay of corpus.essays) {
		const { title, description } = essay.data;
		items.push({
			kind: 'essays',
			key: `${essay.data.locale}/${essay.slug}`,
			formerKeys: [],
			file: essay.file,
			where: '',
			noun: 'essay',
			fields: { title, description, text: textDigest(essay.body) },
			revisions: essay.data.revisions,
		});
	}
	return items;
}

/** JSON with object keys sorted, so that two values compare equal whatever their key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
			: v,
	);
}

/** The record entry of an item, under its key or a former one. */
export function entryOf(record: PublishedRecord, item: RecordItem): RecordEntry | undefined {
	const entries = record[item.kind];
	for (const key of [item.key, ...item.formerKeys]) if (Object.hasOwn(entries, key)) return entries[key];
	return undefined;
}

/** The fields of an item that differ from its record entry. */
export const changedFields = (item: RecordItem, entry: RecordEntry): RevisableField[] =>
	Object.keys(item.fields).filter(
		(field) => canonical(item.fields[field]) !== canonical(entry.fields[field]),
	) as RevisableField[];

/** Parses the record file; an absent file is an empty record (nothing published yet). */
export function parsePublishedRecord(file: ContentFile | undefined): {
	record: PublishedRecord;
	issues: IntegrityIssue[];
} {
	const empty: PublishedRecord = { claims: {}, sources: {}, essays: {} };
	if (!file) return { record: empty, issues: [] };
	try {
		const parsed = JSON.parse(file.text) as Partial<PublishedRecord>;
		return { record: { ...empty, ...parsed }, issues: [] };
	} catch (error) {
		return {
			record: empty,
			issues: [{ file: file.path, where: '(file)', message: `is not valid JSON: ${(error as Error).message}` }],
		};
	}
}

/**
 * The record of a corpus: every item with its current fields and revision count, its
 * publication day kept from `previous` (or `today` for a new item). Entries of items no longer
 * in the corpus are kept: what was published stays on the record.
 */
export function recordOf(items: RecordItem[], previous: PublishedRecord, today: string): PublishedRecord {
	const next: PublishedRecord = {
		claims: { ...previous.claims },
		sources: { ...previous.sources },
		essays: { ...previous.essays },
	};
	for (const item of items) {
		const published = entryOf(previous, item)?.published ?? today;
		for (const former of item.formerKeys) delete next[item.kind][former];
		next[item.kind][item.key] = { published, revisions: item.revisions.length, fields: item.fields };
	}
	for (const kind of ['claims', 'sources', 'essays'] as const)
		next[kind] = Object.fromEntries(Object.entries(next[kind]).sort(([a], [b]) => a.localeCompare(b)));
	return next;
}

/** The record as committed: two-space JSON, one field per line, so that a change diffs as the lines it touches. */
export const serializeRecord = (record: PublishedRecord) => `${JSON.stringify(record, null, 2)}\n`;

/** Today as `YYYY-MM-DD` in UTC. */
export const utcToday = (now = new Date()) => now.toISOString().slice(0, 10);
