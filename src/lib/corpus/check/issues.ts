import type { CheckedCorpus } from '../files';

/** One thing wrong with the content: where, and what. */
export interface IntegrityIssue {
	/** Path of the offending file, relative to the project root. */
	file: string;
	/** The field, claim or line concerned, e.g. `claims[2] (eaeu-protectionism).quote` or `line 14`. */
	where: string;
	message: string;
}

/** One issue per line, `file › where: message`, for build errors and test assertions. */
export function formatIssues(issues: readonly IntegrityIssue[]): string {
	return issues.map((i) => `${i.file} › ${i.where}: ${i.message}`).join('\n');
}

/** What every check reads: the parsed corpus and which ids exist. */
export interface CheckContext {
	corpus: CheckedCorpus;
	/** The text of an essay file as read (its citations are reported by line number). */
	textOf: (file: string) => string;
	/** Whether a theme id may be referred to; true for any id while a theme file fails its schema. */
	isTheme: (id: string) => boolean;
	/** Whether a claim id may be cited (a current id); true for any id while a source fails its schema. */
	isClaim: (id: string) => boolean;
}

/** One rule of the corpus: reads the context, returns what breaks the rule. */
export type Check = (context: CheckContext) => IntegrityIssue[];
