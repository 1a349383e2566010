import { getBuiltAt, getDataSources, getSourceReleases } from '../catalog/index.ts';

/**
 * What every API file carries about where its numbers come from: the releases this build read and the
 * attribution O*NET's CC BY 4.0 licence asks re-users to keep with the data.
 */
export function provenance() {
  const { onetVersion } = getDataSources();
  return {
    generatedAt: getBuiltAt(),
    attribution: `Incorporates information from the O*NET ${onetVersion} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license (https://creativecommons.org/licenses/by/4.0/). O*NET® is a trademark of USDOL/ETA. O*NET information here may be modified: descriptions cut to a first-sentence summary, tasks split into core responsibilities and typical tasks, tools grouped by category, items added or replaced by local editors or refined from O*NET task statements by a language model marked with their source, and only the most important skills and knowledge listed. Wages and projections: U.S. Bureau of Labor Statistics; programs: NCES CIP and IPEDS (public domain).`,
    sources: getSourceReleases(),
  };
}
