import { LineCounter, parseDocument } from 'yaml';

/** An MDX file split into its YAML frontmatter and its body. */
export interface SplitFile {
	/** Parsed frontmatter, or `undefined` when the file has none. */
	data: unknown;
	/** Everything after the closing `---`. */
	body: string;
	/** YAML syntax errors, with 1-based lines in the whole file. */
	errors: { line: number; message: string }[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---`-fenced YAML frontmatter from an MDX file and parses it. */
export function splitFrontmatter(text: string): SplitFile {
	const match = FENCE.exec(text);
	if (!match) return { data: undefined, body: text, errors: [] };
	const lineCounter = new LineCounter();
	const document = parseDocument(match[1], { lineCounter, uniqueKeys: true });
	const errors = document.errors.map((error) => ({
		// +1 for the opening fence: the counter's lines are 1-based within the YAML.
		line: lineCounter.linePos(error.pos[0]).line + 1,
		message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
	}));
	return { data: errors.length ? undefined : document.toJS(), body: text.slice(match[0].length), errors };
}
