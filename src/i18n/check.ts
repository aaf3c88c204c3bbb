/** Every key path of a dictionary, e.g. `search.filter.source`. */
function keyPaths(value: unknown, prefix = ''): string[] {
	if (!value || typeof value !== 'object') return [prefix];
	return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** Plural categories differ by language by design (Russian has `few` and `many`). */
const isPluralForm = (path: string) => /^plurals\.[^.]+\.(zero|one|two|few|many)$/.test(path);

/**
 * Keys one dictionary has and the other lacks, and keys whose string is empty: the English
 * edition must say everything the Russian one says. Plural categories are not compared.
 */
export function dictionaryProblems(dictionaries: Record<string, unknown>): string[] {
	const entries = Object.entries(dictionaries).map(
		([name, dict]) => [name, new Set(keyPaths(dict).filter((p) => !isPluralForm(p)))] as const,
	);
	const problems: string[] = [];
	for (const [name, keys] of entries) {
		for (const [other, otherKeys] of entries)
			if (other !== name)
				for (const key of keys)
					if (!otherKeys.has(key)) problems.push(`src/i18n/${other}.ts lacks "${key}" (present in ${name}.ts)`);
		for (const key of keys) {
			const value = key
				.split('.')
				.reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], dictionaries[name]);
			if (value === '') problems.push(`src/i18n/${name}.ts › ${key} is empty`);
		}
	}
	return problems;
}
