import type { Check, IntegrityIssue } from './issues';
import { slugOf } from './parse';

const folderOf = (path: string) => path.split('/').slice(-2, -1)[0];

const idMatchesFileName = (file: string, id: string): IntegrityIssue[] =>
	id === slugOf(file) ? [] : [{ file, where: 'id', message: `"${id}" must match the file name "${slugOf(file)}"` }];

const localeMatchesFolder = (file: string, locale: string): IntegrityIssue[] =>
	locale === folderOf(file)
		? []
		: [{ file, where: 'locale', message: `"${locale}" must match the folder "${folderOf(file)}"` }];

/** A theme, event or entity is named by its file: `content/themes/<id>.json`. */
export const idsMatchFileNames: Check = ({ corpus }) =>
	[...corpus.themes, ...corpus.events, ...corpus.entities].flatMap(({ file, data }) =>
		idMatchesFileName(file, data.id),
	);

/** An essay or page lives in the folder of its edition: `content/essays/<locale>/…`. */
export const localesMatchFolders: Check = ({ corpus }) =>
	[...corpus.essays, ...corpus.pages].flatMap(({ file, data }) => localeMatchesFolder(file, data.locale));

/** No source is named `page`: `/sources/page/` holds the sources index's further pages. */
export const sourceNamesFree: Check = ({ corpus }) =>
	corpus.sources
		.filter(({ file }) => slugOf(file) === 'page')
		.map(({ file }) => ({
			file,
			where: '(file name)',
			message: '"page" cannot name a source: /sources/page/ holds the sources index’s pages',
		}));

/** Claim ids, former ones included, are never shared or reused anywhere in the corpus. */
export const claimIdsUnique: Check = ({ corpus }) => {
	const issues: IntegrityIssue[] = [];
	/** Where each claim id, current or former, is declared. */
	const claimHome = new Map<string, string>();
	for (const { file, data } of corpus.sources)
		data.claims.forEach((claim, index) => {
			for (const [field, id] of [
				['id', claim.id] as const,
				...claim.formerIds.map((former, i) => [`formerIds[${i}]`, former] as const),
			]) {
				const previous = claimHome.get(id);
				if (previous)
					issues.push({
						file,
						where: `claims[${index}] (${claim.id}).${field}`,
						message: `"${id}" is already used in ${previous}; claim ids, former ones included, must be unique across the corpus`,
					});
				else claimHome.set(id, file);
			}
		});
	return issues;
};

/** A theme has at most one essay per edition. */
export const oneEssayPerTheme: Check = ({ corpus }) => {
	const issues: IntegrityIssue[] = [];
	const essayKeys = new Map<string, string>();
	for (const { file, data } of corpus.essays) {
		const key = `${data.locale}/${data.theme}`;
		const previous = essayKeys.get(key);
		if (previous)
			issues.push({
				file,
				where: 'theme',
				message: `theme "${data.theme}" already has a ${data.locale} essay: ${previous}`,
			});
		essayKeys.set(key, file);
	}
	return issues;
};
