/**
 * `rel` of every link that leaves the site (the original articles, licences): marked as external,
 * with no access to this page's window and no referrer sent along.
 */
export const EXTERNAL_REL = 'external noopener noreferrer';

/** Prefixes a root-relative address with the base; other addresses (`#x`, `https:`, `//host`) stay. */
export function withBase(url: string, base: string): string {
	const prefix = base.replace(/\/$/, '');
	return prefix && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`)
		? `${prefix}${url}`
		: url;
}
