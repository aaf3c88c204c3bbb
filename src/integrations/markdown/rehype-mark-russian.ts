import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { markRussian } from '../../lib/markdown/mark-russian';

/** The project's English prose (essays, pages): Cyrillic written there is Russian quoted in English. */
const ENGLISH_PROSE = /[\\/]content[\\/](essays|pages)[\\/]en[\\/][^\\/]+\.mdx?$/;

/**
 * Rehype plugin beside the typography one: marks the Russian passages of English essays and
 * pages where they are written, so that no step has to re-parse the finished HTML. What
 * components render from frontmatter (quotes, titles, names) they mark themselves, with `lang`.
 */
export default function rehypeMarkRussian() {
	return (tree: Root, file: VFile) => {
		if (ENGLISH_PROSE.test(file.path ?? '')) markRussian(tree);
	};
}
