import { readEssayCitations } from './mdx-citations';

/**
 * Numbers an essay's cited claims in order of first citation, so that every `<Cite>` of the
 * same claim shows the same number and the list of sources can follow the same order.
 */
export function citationNumbers(essaySource: string): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const { id } of readEssayCitations(essaySource).citations)
		if (id && !numbers.has(id)) numbers.set(id, numbers.size + 1);
	return numbers;
}
