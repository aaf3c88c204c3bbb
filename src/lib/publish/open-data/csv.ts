import type { ClaimRecord } from './records';

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
