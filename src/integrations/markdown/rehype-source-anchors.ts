import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import type { VFile } from 'vfile';
import { anchorClaims, AnchorError, CLAIM_CLASS, type QuotedClaim } from '../../lib/markdown/anchor-claims';

/**
 * Rehype plugin for the bodies of `content/sources/*.mdx`: anchors every paragraph and wraps
 * every claim's quote (from the file's own frontmatter) in an element whose id is the claim id.
 * Other Markdown and MDX files pass through untouched.
 */
export default function rehypeSourceAnchors() {
	return (tree: Root, file: VFile) => {
		if (!/[\\/]content[\\/]sources[\\/][^\\/]+\.mdx$/.test(file.path ?? '')) return;
		const frontmatter = (file.data as { astro?: { frontmatter?: { claims?: QuotedClaim[] } } }).astro?.frontmatter;
		try {
			anchorClaims(tree, frontmatter?.claims ?? []);
			// Each claim can take focus, and is described by its note beside the paragraph.
			for (const span of selectAll(`span.${CLAIM_CLASS}[id]`, tree) as Element[]) {
				span.properties.tabIndex = 0;
				span.properties.ariaDescribedBy = [`note-${span.properties.id}`];
			}
		} catch (error) {
			if (error instanceof AnchorError)
				throw new Error(`${file.path} › claims (${error.claimId}).quote: ${error.message}`, { cause: error });
			throw error;
		}
	};
}
