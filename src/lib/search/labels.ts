import type { SourceData } from '../../schemas/source';

/** Key of a source's author in the author filter: the English name as a slug, or `unattributed`. */
export const authorKeyOf = (source: Pick<SourceData, 'author'>) =>
	source.author.name ? source.author.name.en.toLowerCase().replace(/[^a-z]+/g, '-') : 'unattributed';
