import { enhanceClaimFilter } from './claim-filter';
import { enhanceCopyButtons } from './copy';
import { enhanceSearch } from './search';
import { enhanceThemeToggle } from './theme';

enhanceThemeToggle();
enhanceCopyButtons();
enhanceClaimFilter();
enhanceSearch();
