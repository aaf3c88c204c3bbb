import type { CheckedCorpus, CorpusFiles } from '../files';
import { essayCitations, bodiesNotEmpty } from './essays';
import { claimIdsUnique, idsMatchFileNames, localesMatchFolders, oneEssayPerTheme, sourceNamesFree } from './ids';
import type { Check, CheckContext, IntegrityIssue } from './issues';
import { editionsComplete } from './parity';
import { parseCorpus } from './parse';
import { quotesInBodies } from './quotes';
import { listedClaimsExist, rationaleClaimsExist, themesExist } from './references';
import { revisionsExplainChanges } from './revisions';
import { parsePublishedRecord, utcToday } from '../published-record';

export { formatIssues, type IntegrityIssue } from './issues';

/** Every rule of the corpus, one small check each; a new rule is a new entry here. */
const checks: Check[] = [
	idsMatchFileNames,
	sourceNamesFree,
	localesMatchFolders,
	claimIdsUnique,
	oneEssayPerTheme,
	bodiesNotEmpty,
	quotesInBodies,
	themesExist,
	rationaleClaimsExist,
	listedClaimsExist,
	essayCitations,
	editionsComplete,
	revisionsExplainChanges,
];

/**
 * Checks the whole corpus: every file against its schema (`parse.ts`), then every rule of
 * `checks` over what parsed, `today` (UTC) being the latest day a revision may carry. Pure:
 * takes file contents, returns what is wrong and the corpus.
 */
export function checkCorpus(
	files: CorpusFiles,
	today = utcToday(),
): { issues: IntegrityIssue[]; corpus: CheckedCorpus } {
	const { corpus, issues, complete } = parseCorpus(files);
	const published = parsePublishedRecord(files.record);
	issues.push(...published.issues);
	const texts = new Map(files.essays.map((file) => [file.path, file.text]));
	const themeIds = new Set(corpus.themes.map((theme) => theme.data.id));
	const claimIds = new Set(corpus.sources.flatMap((source) => source.data.claims.map((claim) => claim.id)));
	const context: CheckContext = {
		corpus,
		textOf: (file) => texts.get(file) ?? '',
		isTheme: (id) => !complete.themes || themeIds.has(id),
		isClaim: (id) => !complete.sources || claimIds.has(id),
		record: published.record,
		today,
	};
	for (const check of checks) issues.push(...check(context));
	return { issues, corpus };
}
