import { rationaleIds } from '../stance';
import type { Check, IntegrityIssue } from './issues';

const missingTheme = (file: string, where: string, theme: string): IntegrityIssue => ({
	file,
	where,
	message: `refers to theme "${theme}", which does not exist in content/themes/`,
});

/** Every theme a claim or an essay names exists. */
export const themesExist: Check = ({ corpus, isTheme }) => [
	...corpus.sources.flatMap(({ file, data }) =>
		data.claims.flatMap((claim, index) =>
			claim.themes
				.filter((theme) => !isTheme(theme))
				.map((theme) => missingTheme(file, `claims[${index}] (${claim.id}).themes`, theme)),
		),
	),
	...corpus.essays
		.filter(({ data }) => !isTheme(data.theme))
		.map(({ file, data }) => missingTheme(file, 'theme', data.theme)),
];

/** Every `[claim-id]` of a stance rationale is a claim. */
export const rationaleClaimsExist: Check = ({ corpus, isClaim }) =>
	corpus.sources.flatMap(({ file, data }) =>
		(['ru', 'en'] as const).flatMap((locale) =>
			rationaleIds(data.stance.rationale[locale])
				.filter((id) => !isClaim(id))
				.map((id) => ({
					file,
					where: `stance.rationale.${locale}`,
					message: `cites [${id}], which is not a claim id`,
				})),
		),
	);

/** Every claim an event or an entity lists exists. */
export const listedClaimsExist: Check = ({ corpus, isClaim }) =>
	[...corpus.events, ...corpus.entities].flatMap(({ file, data }) =>
		data.claims.flatMap((id, index) =>
			isClaim(id)
				? []
				: [{ file, where: `claims[${index}]`, message: `refers to claim "${id}", which does not exist` }],
		),
	);
