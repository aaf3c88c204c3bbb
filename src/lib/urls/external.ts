/**
 * `rel` of every link that leaves the site (the original articles, licences): marked as external,
 * with no access to this page's window and no referrer sent along.
 */
export const EXTERNAL_REL = 'external noopener noreferrer';
