import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { typeset } from '../../lib/markdown/typography';

/** Files written by the project (essays, pages), whose prose gets typography; sources never do. */
const OWN_PROSE = /[\\/]content[\\/](essays|pages)[\\/](ru|en)[\\/][^\\/]+\.mdx?$/;

function visit(node: Root | RootContent, locale: 'ru' | 'en'): void {
	if (node.type === 'text') {
		// Typograf trims a string's ends; a text node's edge spaces separate it from its inline
		// neighbours («суверенитете: <Claim/>»), so they are put back.
		const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.value)!;
		node.value = core ? `${lead}${typeset(core, locale)}${trail}` : node.value;
		return;
	}
	// Quoted passages stay verbatim (MDX components such as <Claim> render theirs themselves, and
	// are not elements here); code stays as typed.
	if (node.type === 'element' && ['blockquote', 'q', 'code', 'pre'].includes((node as Element).tagName)) return;
	if (node.type === 'root' || node.type === 'element') for (const child of node.children) visit(child, locale);
}

/** Rehype plugin: typography on the text of the project's own Russian and English prose. */
export default function rehypeTypography() {
	return (tree: Root, file: VFile) => {
		const match = OWN_PROSE.exec(file.path ?? '');
		if (match) visit(tree, match[2] as 'ru' | 'en');
	};
}
