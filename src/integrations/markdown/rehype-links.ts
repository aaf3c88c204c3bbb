import type { Root, RootContent } from 'hast';
import { withBase } from '../../lib/urls/base';
import { EXTERNAL_REL } from '../../lib/urls/external';

function visit(node: Root | RootContent, base: string): void {
	if (node.type === 'element') {
		for (const attribute of ['href', 'src'])
			if (typeof node.properties[attribute] === 'string')
				node.properties[attribute] = withBase(node.properties[attribute], base);
		if (node.tagName === 'a' && /^(https?:)?\/\//.test(String(node.properties.href ?? '')))
			node.properties.rel = EXTERNAL_REL.split(' ');
	}
	if (node.type === 'root' || node.type === 'element') for (const child of node.children) visit(child, base);
}

/**
 * Rehype plugin for the site's own Markdown: links written from the site's root
 * (`[…](/claims/x/)`) lead under the base when the site lives on a sub-path
 * (`base: '/kz-ru/'`), and links to other sites get `EXTERNAL_REL`.
 */
export default function rehypeLinks({ base }: { base: string }) {
	return (tree: Root) => visit(tree, base);
}
