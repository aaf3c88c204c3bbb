import GithubSlugger from 'github-slugger';
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { typeset } from '../../lib/markdown/typography';

/** Files written by the project (essays, pages), whose prose gets typography; sources never do. */
const OWN_PROSE = /[\\/]content[\\/](essays|pages)[\\/](ru|en)[\\/][^\\/]+\.mdx?$/;

const HEADING = /^h[1-6]$/;

/** The text of a node and its descendants, as Astro reads a heading's text for its id. */
const textOf = (node: Root | RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

function visit(node: Root | RootContent, locale: 'ru' | 'en', slugger: GithubSlugger): void {
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
	// A heading's id is made from its text before the no-break spaces go in: Astro's slugger
	// drops a no-break space instead of making it a hyphen («каксобран-корпус»). Astro keeps an id
	// that is already set, so it and the table of contents use this one.
	if (node.type === 'element' && HEADING.test(node.tagName) && typeof node.properties.id !== 'string')
		node.properties.id = slugger.slug(textOf(node));
	if (node.type === 'root' || node.type === 'element') for (const child of node.children) visit(child, locale, slugger);
}

/** Rehype plugin: typography on the text of the project's own Russian and English prose. */
export default function rehypeTypography() {
	return (tree: Root, file: VFile) => {
		const match = OWN_PROSE.exec(file.path ?? '');
		if (match) visit(tree, match[2] as 'ru' | 'en', new GithubSlugger());
	};
}
