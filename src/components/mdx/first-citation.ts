import type { Essay } from '../../content';
import { readEssayCitations, type Citation } from '../../lib/corpus/essay-citations';

const byEssay = new Map<string, Map<string, Citation['component']>>();

/** For each claim an essay cites, the component of its first citation: `<Claim>` or `<Cite>` (read once per essay). */
export function firstCitingComponent(essay: Essay): Map<string, Citation['component']> {
	if (!byEssay.has(essay.id)) {
		const first = new Map<string, Citation['component']>();
		for (const { id, component } of readEssayCitations(essay.body ?? '').citations)
			if (id && !first.has(id)) first.set(id, component);
		byEssay.set(essay.id, first);
	}
	return byEssay.get(essay.id)!;
}
