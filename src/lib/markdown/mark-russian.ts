import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * A run of Cyrillic words, with the spaces and punctuation between them. Any Cyrillic letter
 * counts (Kazakh «Тоқаев» and Ukrainian «Україна» too): the names the texts cite are marked
 * `ru`, the language of the corpus they are quoted from.
 */
const RUN = /\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\-‐–—\s.,:;!?«»„“"'()\d]*\p{Script=Cyrillic})?/gu;
const SKIP = new Set(['script', 'style', 'template', 'textarea', 'title']);

/**
 * A text split at its Russian passages: each Cyrillic run (with the spaces and punctuation
 * inside it) is one piece marked `russian`. Components use it for text from the frontmatter
 * (`<MixedText>`), the Markdown pipeline for prose.
 */
export function russianRuns(value: string): { text: string; russian: boolean }[] {
	const runs: { text: string; russian: boolean }[] = [];
	let at = 0;
	for (const match of value.matchAll(RUN)) {
		if (match.index > at) runs.push({ text: value.slice(at, match.index), russian: false });
		runs.push({ text: match[0], russian: true });
		at = match.index + match[0].length;
	}
	if (at < value.length) runs.push({ text: value.slice(at), russian: false });
	return runs;
}

const wrapText = (value: string): ElementContent[] =>
	russianRuns(value).map(({ text, russian }) =>
		russian
			? { type: 'element', tagName: 'span', properties: { lang: 'ru' }, children: [{ type: 'text', value: text }] }
			: { type: 'text', value: text },
	);

/** A node with children: an element, the root, or (in MDX) a component such as `<Editorial>`. */
type Parent = Root | Element | { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; children: RootContent[] };

const isComponent = (node: RootContent): node is RootContent & Parent =>
	(node.type as string) === 'mdxJsxFlowElement' || (node.type as string) === 'mdxJsxTextElement';

/**
 * Marks every Russian passage of English prose that is not marked yet: Cyrillic runs inside
 * English elements get `<span lang="ru">`, so screen readers switch voice and browsers
 * hyphenate correctly. Elements that declare another language are left as they are; so are
 * MDX components' attributes (components such as `<Claim>` mark what they render themselves),
 * while the prose a component wraps (`<Editorial>…</Editorial>`) is marked.
 */
export function markRussian(node: Parent): void {
	const children: (RootContent | ElementContent)[] = [];
	for (const child of node.children) {
		// `search` ignores the global regex's `lastIndex`, which `test` would carry over.
		if (child.type === 'text' && child.value.search(RUN) >= 0) {
			children.push(...wrapText(child.value));
			continue;
		}
		if (child.type === 'element' && !SKIP.has(child.tagName) && (child.properties.lang ?? 'en') === 'en')
			markRussian(child);
		else if (isComponent(child)) markRussian(child);
		children.push(child);
	}
	node.children = children as typeof node.children;
}
