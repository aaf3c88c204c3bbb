import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { anchorClaims, AnchorError, type QuotedClaim } from './anchor-claims';

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
		} catch (error) {
			if (error instanceof AnchorError) throw new Error(`${file.path} › claims (${error.claimId}).quote: ${error.message}`);
			throw error;
		}
	};
}
