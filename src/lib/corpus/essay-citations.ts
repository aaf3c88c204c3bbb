import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** MDX components through which an essay cites a claim. */
export const CITING_COMPONENTS = ['Claim', 'Cite'] as const;
/** The MDX component that marks a passage as the editors' own context, exempt from citing. */
export const EDITORIAL_COMPONENT = 'Editorial';

/** One `<Claim id="…"/>` or `<Cite id="…"/>` in an MDX file. */
export interface Citation {
	component: (typeof CITING_COMPONENTS)[number];
	/** The cited claim id, or `undefined` when the `id` attribute is missing or not a plain string. */
	id: string | undefined;
	/** 1-based line in the whole file, frontmatter included. */
	line: number;
}

/** What an essay cites, and which of its paragraphs cite nothing. */
export interface EssayCitations {
	citations: Citation[];
	/** 1-based lines of paragraphs outside `<Editorial>` that contain no citation. */
	uncitedParagraphs: number[];
}

type Node = Root | RootContent;

const isJsx = (node: Node): node is Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }> =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function collectCitations(node: Node, into: Citation[]): void {
	if (isJsx(node) && (CITING_COMPONENTS as readonly string[]).includes(node.name ?? '')) {
		const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
		into.push({
			component: node.name as Citation['component'],
			id: typeof attribute?.value === 'string' ? attribute.value : undefined,
			line: node.position?.start.line ?? 0,
		});
	}
	if ('children' in node) for (const child of node.children) collectCitations(child, into);
}

function collectUncited(node: Node, into: number[]): void {
	if (isJsx(node) && node.name === EDITORIAL_COMPONENT) return;
	if (node.type === 'paragraph') {
		const found: Citation[] = [];
		collectCitations(node, found);
		if (found.length === 0) into.push(node.position?.start.line ?? 0);
		return;
	}
	if ('children' in node) for (const child of node.children) collectUncited(child, into);
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/**
 * Reads an essay's MDX source (frontmatter included, so lines match the file) and lists its
 * citations with their lines, and the paragraphs that cite nothing. Throws on MDX syntax errors,
 * with the parser's own line and column.
 */
export function readEssayCitations(source: string): EssayCitations {
	const tree = parser.parse(source) as Root;
	const citations: Citation[] = [];
	const uncitedParagraphs: number[] = [];
	collectCitations(tree, citations);
	collectUncited(tree, uncitedParagraphs);
	return { citations, uncitedParagraphs };
}

/**
 * Numbers an essay's cited claims in order of first citation, so that every `<Cite>` of the
 * same claim shows the same number and the list of sources can follow the same order.
 */
export function citationNumbers(essaySource: string): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const { id } of readEssayCitations(essaySource).citations)
		if (id && !numbers.has(id)) numbers.set(id, numbers.size + 1);
	return numbers;
}
