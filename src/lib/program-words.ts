import type { LinkReason } from './catalog/programs.ts';

/** Why a program is listed for an occupation the NCES CIP–SOC crosswalk does not link it to, in plain words. */
export const whyListedWords: Record<LinkReason, string> = {
  'title-match': 'Listed because the program’s field is named like this occupation; the NCES crosswalk does not link them.',
  'editor-mapping': 'Listed by our editors, who link this field of study to the occupation.',
  'editor-added': 'Added by our editors: IPEDS does not report this program.',
};

/** The IPEDS year a count comes from, as the pages cite it. */
export const completionsSource = (academicYear: string) => `IPEDS completions ${academicYear}`;
