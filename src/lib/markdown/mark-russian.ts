import type { Element, ElementContent, Root, RootContent } from 'hast';

/** A run of Cyrillic words, with the spaces and punctuation between them. */
const RUN =
	/[А-Яа-яЁёІіҚқҒғҢңӨөҰұҮүӘәҺһ][А-Яа-яЁёІіҚқҒғҢңӨөҰұҮүӘәҺһ\-‐–—\s.,:;!?«»„“"'()\d]*[А-Яа-яЁёІіҚқҒғҢңӨөҰұҮүӘәҺһ]|[А-Яа-яЁёІіҚқҒғҢңӨөҰұҮүӘәҺһ]/g;
const SKIP = new Set(['script', 'style', 'template', 'textarea', 'title']);

function wrapText(value: string): ElementContent[] {
	const out: ElementContent[] = [];
	let at = 0;
	for (const match of value.matchAll(RUN)) {
		if (match.index > at) out.push({ type: 'text', value: value.slice(at, match.index) });
		out.push({
			type: 'element',
			tagName: 'span',
			properties: { lang: 'ru' },
			children: [{ type: 'text', value: match[0] }],
		});
		at = match.index + match[0].length;
	}
	if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
	return out;
}

function visit(node: Root | Element): void {
	const children: (RootContent | ElementContent)[] = [];
	for (const child of node.children) {
		// `search` ignores the global regex's `lastIndex`, which `test` would carry over.
		if (child.type === 'text' && node.type === 'element' && child.value.search(RUN) >= 0) {
			children.push(...wrapText(child.value));
			continue;
		}
		if (child.type === 'element' && !SKIP.has(child.tagName) && (child.properties.lang ?? 'en') === 'en') visit(child);
		children.push(child);
	}
	node.children = children as typeof node.children;
}

/**
 * Marks every Russian passage of an English page that is not marked yet: Cyrillic runs inside
 * English elements get `<span lang="ru">`, so screen readers switch voice and browsers
 * hyphenate correctly. Elements that declare another language are left as they are.
 */
export function markRussian(tree: Root): void {
	const body = tree.children
		.find((c): c is Element => c.type === 'element' && c.tagName === 'html')
		?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'body');
	if (body) visit(body);
}
