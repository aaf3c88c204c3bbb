import type { Element, ElementContent, Root, RootContent } from 'hast';
import { locateQuote } from '../corpus/verbatim';

/** What anchoring needs to know of a claim. */
export interface QuotedClaim {
	id: string;
	quote: string;
	/** Ids the claim had before a rename; each stays a working anchor at the same place. */
	formerIds?: string[];
}

/** Block elements that count as paragraphs of a source body, each with its own anchor. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote']);

/** The anchor of the n-th paragraph (1-based) of a source body. */
export const paragraphAnchor = (n: number) => `p-${n}`;

/** Class of the element that wraps a claim's quote. */
export const CLAIM_CLASS = 'claim';

const textLength = (node: ElementContent): number =>
	node.type === 'text'
		? node.value.length
		: node.type === 'element'
			? node.children.reduce((sum, c) => sum + textLength(c), 0)
			: 0;

const textOf = (node: ElementContent | Element): string =>
	node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/**
 * Splits `node` at text offset `at` (0 < at < length) into two nodes with the same markup.
 * A split claim keeps its `id` on the first half only, so the id stays unique; both halves keep
 * `data-claim`, so the quote can still be reassembled from its parts.
 */
function splitNode(node: ElementContent, at: number): [ElementContent, ElementContent] {
	if (node.type === 'text') {
		return [
			{ type: 'text', value: node.value.slice(0, at) },
			{ type: 'text', value: node.value.slice(at) },
		];
	}
	if (node.type !== 'element') throw new Error('cannot split a node without text');
	const left: ElementContent[] = [];
	const right: ElementContent[] = [];
	let offset = 0;
	for (const child of node.children) {
		const length = textLength(child);
		if (offset + length <= at) left.push(child);
		else if (offset >= at) right.push(child);
		else {
			const [a, b] = splitNode(child, at - offset);
			left.push(a);
			right.push(b);
		}
		offset += length;
	}
	const { id: _id, ...rest } = node.properties;
	return [
		{ ...node, children: left },
		{ ...node, properties: { ...rest }, children: right },
	];
}

/**
 * Wraps the text range [start, end) of `parent`'s children in `wrapper`. The wrapper goes as
 * deep as possible: into an element that already contains the whole range (an enclosing claim,
 * an `<em>`), so nested quotes nest. Inline markup that the range only partly covers is split,
 * which keeps the visible text byte-identical.
 */
function wrapRange(parent: Element, start: number, end: number, wrapper: Element): void {
	let offset = 0;
	for (const child of parent.children) {
		const length = textLength(child);
		if (child.type === 'element' && offset <= start && end <= offset + length) {
			const exact = offset === start && end === offset + length;
			// An exact match on a plain inline element still goes inside it; an exact match on a
			// claim goes inside too, so two claims with the same quote nest.
			if (!exact || child.children.length > 0) return wrapRange(child, start - offset, end - offset, wrapper);
		}
		offset += length;
	}
	const pieces: ElementContent[] = [];
	offset = 0;
	for (const child of parent.children) {
		const length = textLength(child);
		let rest: ElementContent | undefined = child;
		let restOffset = offset;
		if (restOffset < start && start < restOffset + length) {
			const [a, b] = splitNode(rest, start - restOffset);
			pieces.push(a);
			rest = b;
			restOffset = start;
		}
		const restLength = textLength(rest);
		if (restOffset < end && end < restOffset + restLength) {
			const [a, b] = splitNode(rest, end - restOffset);
			pieces.push(a, b);
		} else pieces.push(rest);
		offset += length;
	}
	const before: ElementContent[] = [];
	const inside: ElementContent[] = [];
	const after: ElementContent[] = [];
	offset = 0;
	for (const piece of pieces) {
		const length = textLength(piece);
		if (length === 0 ? offset <= start : offset + length <= start) before.push(piece);
		else if (offset >= end) after.push(piece);
		else inside.push(piece);
		offset += length;
	}
	wrapper.children = inside;
	parent.children = [...before, wrapper, ...after];
}

/** A failure to anchor a claim, with the claim it concerns. */
export class AnchorError extends Error {
	constructor(
		readonly claimId: string,
		message: string,
	) {
		super(message);
		this.name = 'AnchorError';
	}
}

/** Result of anchoring: which claims sit in which paragraph (1-based paragraph numbers). */
export interface AnchorMap {
	paragraphs: { anchor: string; claims: string[] }[];
}

function topLevelBlocks(root: Root | Element): Element[] {
	const blocks: Element[] = [];
	for (const child of root.children as (RootContent | ElementContent)[]) {
		if (child.type !== 'element') continue;
		if (BLOCKS.has(child.tagName)) blocks.push(child);
		else blocks.push(...topLevelBlocks(child));
	}
	return blocks;
}

/**
 * Gives every paragraph of a source body a stable anchor (`p-1`, `p-2`, …, in document order)
 * and wraps every claim's quote in `<span class="claim" id="<claim-id>" data-claim="<claim-id>">`.
 * Each paragraph also gets `data-claims` listing the ids anchored in it, in order of appearance.
 * Throws {@link AnchorError} when a quote is missing from every paragraph or occurs more than once.
 */
export function anchorClaims(tree: Root, claims: readonly QuotedClaim[]): AnchorMap {
	const blocks = topLevelBlocks(tree);
	const placed = claims.map((claim) => {
		const hits = blocks.flatMap((block, index) =>
			locateQuote(textOf(block), claim.quote).map((range) => ({ block, index, ...range })),
		);
		if (hits.length === 0)
			throw new AnchorError(claim.id, `quote of claim "${claim.id}" is not inside any single paragraph of the body`);
		if (hits.length > 1)
			throw new AnchorError(
				claim.id,
				`quote of claim "${claim.id}" occurs ${hits.length} times in the body; lengthen it until it is unique`,
			);
		return { claim, ...hits[0] };
	});
	// Outer quotes first, so that inner ones nest inside them.
	placed.sort((a, b) => a.index - b.index || a.start - b.start || b.end - a.end);
	for (const { claim, block, start, end } of placed) {
		const span: Element = {
			type: 'element',
			tagName: 'span',
			properties: { className: [CLAIM_CLASS], id: claim.id, dataClaim: claim.id },
			children: [],
		};
		wrapRange(block, start, end, span);
		// Former ids: empty anchors at the start of the quote, so old links land on it.
		const aliases: Element[] = (claim.formerIds ?? []).map((former) => ({
			type: 'element',
			tagName: 'span',
			properties: { className: ['claim-alias'], id: former },
			children: [],
		}));
		span.children.unshift(...aliases);
	}
	return {
		paragraphs: blocks.map((block, index) => {
			const anchor = paragraphAnchor(index + 1);
			const ids = placed.filter((p) => p.block === block).map((p) => p.claim.id);
			block.properties = { ...block.properties, id: anchor, ...(ids.length ? { dataClaims: ids.join(' ') } : {}) };
			return { anchor, claims: ids };
		}),
	};
}
