/**
 * Every publisher release the pipeline reads, in one list: who publishes it, which release, the official
 * download URL and the files it yields. `npm run data:fetch` and the loaders both work from this list.
 */

/** One file the pipeline reads. */
export type SourceFile = {
  /** Stable key the parsers ask for. */
  id: string;
  /** Accepted locations under the sources root, in order of preference (first found wins). */
  paths: string[];
  /** Where `data:fetch` saves the file under the sources root (one of `paths`). */
  saveAs: string;
  /** Member path inside the downloaded zip; absent when the download is the file itself. */
  member?: string;
  /** The catalog is built without it, with less detail (e.g. wages fall back to a wider area). */
  optional?: boolean;
};

/** One download from a publisher. */
export type SourceRelease = {
  id: string;
  publisher: string;
  release: string;
  licence: string;
  /** Official download URL; null when the file cannot be fetched and must be provided by hand. */
  url: string | null;
  /** How to provide the files when there is no URL or no network. */
  howToProvide?: string;
  files: SourceFile[];
};

const onetTextFiles = [
  'Occupation Data',
  'Task Statements',
  'Technology Skills',
  'Tools Used',
  'Skills',
  'Knowledge',
  'Education, Training, and Experience',
  'Education, Training, and Experience Categories',
  'Job Zones',
  'Job Zone Reference',
  'Alternate Titles',
  'Sample of Reported Titles',
  'Related Occupations',
  'Interests',
  'Work Styles',
  'Work Values',
  'DWA Reference',
  'Tasks to DWAs',
] as const;

export type OnetFileName = (typeof onetTextFiles)[number];

/** O*NET files are found as the text release (`.txt`) or as TSV converted from the Excel release (`.tsv`). */
function onetFile(name: OnetFileName): SourceFile {
  return {
    id: `onet:${name}`,
    paths: [`onet/29.3/tsv/${name}.tsv`, `onet/29.3/txt/${name}.txt`],
    saveAs: `onet/29.3/txt/${name}.txt`,
    member: `db_29_3_text/${name}.txt`,
  };
}

export const sourceReleases: SourceRelease[] = [
  {
    id: 'onet',
    publisher: 'National Center for O*NET Development (USDOL/ETA)',
    release: 'O*NET 29.3 Database, May 2025',
    licence: 'CC BY 4.0',
    url: 'https://www.onetcenter.org/dl_files/database/db_29_3_text.zip',
    files: onetTextFiles.map(onetFile),
  },
  {
    id: 'oews-national',
    publisher: 'U.S. Bureau of Labor Statistics, OEWS',
    release: 'May 2025 national estimates',
    licence: 'Public domain',
    url: 'https://www.bls.gov/oes/special-requests/oesm25nat.zip',
    files: [
      {
        id: 'oews:national',
        paths: ['oews/national_M2025_dl.csv', 'oews/national_M2025_dl.xlsx'],
        saveAs: 'oews/national_M2025_dl.xlsx',
        member: 'oesm25nat/national_M2025_dl.xlsx',
      },
    ],
  },
  {
    id: 'oews-state',
    publisher: 'U.S. Bureau of Labor Statistics, OEWS',
    release: 'May 2025 state estimates',
    licence: 'Public domain',
    url: 'https://www.bls.gov/oes/special-requests/oesm25st.zip',
    files: [
      {
        id: 'oews:state',
        paths: ['oews/state_M2025_dl.csv', 'oews/state_M2025_dl.xlsx'],
        saveAs: 'oews/state_M2025_dl.xlsx',
        member: 'oesm25st/state_M2025_dl.xlsx',
        optional: true,
      },
    ],
  },
  {
    id: 'oews-msa',
    publisher: 'U.S. Bureau of Labor Statistics, OEWS',
    release: 'May 2025 metropolitan-area estimates',
    licence: 'Public domain',
    url: 'https://www.bls.gov/oes/special-requests/oesm25ma.zip',
    files: [
      {
        id: 'oews:msa',
        paths: ['oews/MSA_M2025_dl.csv', 'oews/MSA_M2025_dl.xlsx'],
        saveAs: 'oews/MSA_M2025_dl.xlsx',
        member: 'oesm25ma/MSA_M2025_dl.xlsx',
        optional: true,
      },
    ],
  },
  {
    id: 'oews-derived-medians',
    publisher: 'U.S. Bureau of Labor Statistics, OEWS (medians pulled from the OEWS query service)',
    release: 'May 2025 state and metropolitan medians, 472 occupations (partial)',
    licence: 'Public domain',
    url: null,
    howToProvide:
      'copy oews/derived-may2025-medians/ from the shared datasets folder, or fetch the complete state and MSA files instead',
    files: [
      {
        id: 'oews:state-medians',
        paths: ['oews/derived-may2025-medians/oews_may2025_state_medians_474occ.csv'],
        saveAs: 'oews/derived-may2025-medians/oews_may2025_state_medians_474occ.csv',
        optional: true,
      },
      {
        id: 'oews:metro-medians',
        paths: ['oews/derived-may2025-medians/oews_may2025_metro_medians_474occ.csv'],
        saveAs: 'oews/derived-may2025-medians/oews_may2025_metro_medians_474occ.csv',
        optional: true,
      },
    ],
  },
  {
    id: 'projections',
    publisher: 'U.S. Bureau of Labor Statistics, Employment Projections',
    release: '2024–34 occupational projections (Table 1.2)',
    licence: 'Public domain',
    url: 'https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx',
    files: [
      {
        id: 'projections:table-1.2',
        paths: ['projections/occupation_2024-2034_table_1.2.csv', 'projections/occupation_2024-2034.xlsx'],
        saveAs: 'projections/occupation_2024-2034.xlsx',
      },
    ],
  },
  {
    id: 'cip-codes',
    publisher: 'National Center for Education Statistics',
    release: 'CIP 2020',
    licence: 'Public domain',
    url: 'https://nces.ed.gov/ipeds/cipcode/Files/CIPCode2020.csv',
    files: [
      {
        id: 'cip:codes',
        paths: ['cip/CIPCode2020.csv', 'cip/CIPCode2020.clean.csv'],
        saveAs: 'cip/CIPCode2020.csv',
      },
    ],
  },
  {
    id: 'cip-soc',
    publisher: 'National Center for Education Statistics and BLS',
    release: 'CIP 2020 – SOC 2018 crosswalk',
    licence: 'Public domain',
    url: 'https://nces.ed.gov/ipeds/cipcode/Files/CIP2020_SOC2018_Crosswalk.xlsx',
    files: [
      {
        id: 'cip:soc-crosswalk',
        paths: ['cip/CIP2020_SOC2018_Crosswalk.csv', 'cip/CIP2020_SOC2018_Crosswalk.xlsx'],
        saveAs: 'cip/CIP2020_SOC2018_Crosswalk.xlsx',
      },
    ],
  },
  {
    id: 'ipeds-hd',
    publisher: 'National Center for Education Statistics, IPEDS',
    release: 'Institutional Characteristics directory 2024 (HD2024)',
    licence: 'Public domain',
    url: 'https://nces.ed.gov/ipeds/datacenter/data/HD2024.zip',
    files: [
      {
        id: 'ipeds:institutions',
        paths: ['programs/ipeds_hd2024.csv'],
        saveAs: 'programs/ipeds_hd2024.csv',
        member: 'hd2024.csv',
      },
    ],
  },
  {
    id: 'ipeds-completions',
    publisher: 'National Center for Education Statistics, IPEDS',
    release: 'Completions 2023-24 (C2024_A)',
    licence: 'Public domain',
    url: 'https://nces.ed.gov/ipeds/datacenter/data/C2024_A.zip',
    files: [
      {
        id: 'ipeds:completions',
        paths: ['programs/ipeds_c2024_a_majornum1.csv', 'programs/ipeds_c2024_a.csv'],
        saveAs: 'programs/ipeds_c2024_a.csv',
        member: 'c2024_a.csv',
      },
    ],
  },
];

/** Every file of every release, keyed by id. */
export const sourceFiles: Map<string, { file: SourceFile; release: SourceRelease }> = new Map(
  sourceReleases.flatMap((release) => release.files.map((file) => [file.id, { file, release }] as const)),
);
