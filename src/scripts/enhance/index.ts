import { enhanceClaimFilter } from './claim-filter';
import { enhanceCopyButtons } from './copy';
import { enhanceThemeToggle } from './theme';

enhanceThemeToggle();
enhanceCopyButtons();
enhanceClaimFilter();
