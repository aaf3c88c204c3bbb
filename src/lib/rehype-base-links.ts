import type { Root, RootContent } from 'hast';

/** Prefixes a root-relative address with the base; other addresses (`#x`, `https:`, `//host`) stay. */
export function withBase(url: string, base: string): string {
	const prefix = base.replace(/\/$/, '');
	return prefix && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`)
		? `${prefix}${url}`
		: url;
}

function visit(node: Root | RootContent, base: string): void {
	if (node.type === 'element')
		for (const attribute of ['href', 'src'])
			if (typeof node.properties[attribute] === 'string')
				node.properties[attribute] = withBase(node.properties[attribute], base);
	if (node.type === 'root' || node.type === 'element') for (const child of node.children) visit(child, base);
}

/**
 * Rehype plugin: the site's own Markdown links (`[…](/claims/x/)`) are written from the site's
 * root; under a sub-path (`base: '/kz-ru/'`) they must lead there too.
 */
export default function rehypeBaseLinks({ base }: { base: string }) {
	return (tree: Root) => visit(tree, base);
}
