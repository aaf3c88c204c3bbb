/**
 * Adds the built site's new addresses to the manifest (`npm run addresses`, after a build).
 * Never removes one: an address that disappears needs a redirect or a `formerIds` entry.
 */
import { writeFileSync } from 'node:fs';
import { currentAddresses, MANIFEST, readManifest } from '../support/addresses.ts';

const known = new Set(readManifest());
const added = currentAddresses().filter((a) => !known.has(a));
const header = '# Every address this site has published. Append only: see README, «Permanent links».\n';
writeFileSync(MANIFEST, header + [...known, ...added].sort().join('\n') + '\n');
console.log(`${added.length} new address(es) recorded; ${known.size + added.length} in all.`);
