import type { Check, IntegrityIssue } from './issues';
import {
	changedFields,
	entryOf,
	RECORD_PATH,
	recordItems,
	type PublishedRecord,
	type RecordItem,
} from '../published-record';

const at = (item: RecordItem, field: string) => (item.where ? `${item.where}.${field}` : field);

/**
 * What is wrong with the revisions of a corpus against its published record, `today` being the
 * build's day (`YYYY-MM-DD`, UTC): a published field changed without a revision naming it; a
 * revision dated in the future, or before the item was published, or naming a field that did not
 * change; a recorded revision removed; a revision on an item never published.
 */
export function revisionIssues(items: RecordItem[], record: PublishedRecord, today: string): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	for (const item of items) {
		const push = (where: string, message: string) => issues.push({ file: item.file, where, message });
		item.revisions.forEach((revision, i) => {
			if (revision.date > today)
				push(
					at(item, `revisions[${i}].date`),
					`"${revision.date}" is in the future (today is ${today}); date a revision the day it is published`,
				);
		});
		const entry = entryOf(record, item);
		if (!entry) {
			if (item.revisions.length)
				push(
					at(item, 'revisions'),
					`this ${item.noun} is not in the published record (${RECORD_PATH}) yet: a new ${item.noun} is not a revision, so remove its revisions`,
				);
			continue;
		}
		if (item.revisions.length < entry.revisions) {
			push(
				at(item, 'revisions'),
				`${entry.revisions} revision(s) were published and ${item.revisions.length} remain: a published revision is never removed`,
			);
			continue;
		}
		const changed = changedFields(item, entry);
		const fresh = item.revisions.map((revision, index) => ({ revision, index })).slice(entry.revisions);
		const named = new Set<string>();
		for (const { revision, index } of fresh) {
			if (revision.date < entry.published)
				push(
					at(item, `revisions[${index}].date`),
					`"${revision.date}" is before this ${item.noun} was published (${entry.published}, ${RECORD_PATH}); a revision corrects what was published, so it cannot precede it`,
				);
			revision.fields.forEach((field, f) => {
				named.add(field);
				if (!changed.includes(field))
					push(
						at(item, `revisions[${index}].fields[${f}]`),
						`"${field}" has not changed since it was published (${RECORD_PATH}); name only the fields that changed`,
					);
			});
		}
		for (const field of changed)
			if (!named.has(field))
				push(
					at(item, field),
					`changed since it was published (${RECORD_PATH}) and no revision says so: add to this ${item.noun}'s \`revisions\` an entry { date: "${today}", fields: [${field}], note: { ru: "…", en: "…" } } saying what was wrong, then run \`npm run record\``,
				);
	}
	return issues;
}

/** No published field changes without a revision saying so, and every revision is right. */
export const revisionsExplainChanges: Check = ({ corpus, record, today }) =>
	revisionIssues(recordItems(corpus), record, today);
