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
  /** What a sound copy looks like; a file that does not match is refused, never imported in part. Every release file has one (a test checks). */
  expect?: FileExpectation;
};

/**
 * A sound release file: the headers it must have (the first one finds the header row below any title
 * rows), the spreadsheet sheet to read, and the number of data rows: exact for a fixed release such as
 * O*NET 29.3, a plausible range otherwise. A cut-off download, a header-only file or the wrong file fails it.
 */
export type FileExpectation = {
  headers: string[];
  sheet?: string | RegExp;
  rows: { min: number; max: number };
};

const exactly = (rows: number) => ({ min: rows, max: rows });
const between = (min: number, max: number) => ({ min, max });

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

const code = 'O*NET-SOC Code';
const rating = [code, 'Element ID', 'Scale ID', 'Data Value'];

/** The O*NET 29.3 files read, with their required headers and exact data-row counts (the release is fixed). */
const onetTextFiles = {
  'Occupation Data': { headers: [code, 'Title', 'Description'], rows: 1016 },
  'Task Statements': { headers: [code, 'Task ID', 'Task'], rows: 18796 },
  'Technology Skills': { headers: [code, 'Example', 'Commodity Code'], rows: 32681 },
  'Tools Used': { headers: [code, 'Example', 'Commodity Code'], rows: 41662 },
  Skills: { headers: rating, rows: 61530 },
  Knowledge: { headers: rating, rows: 58014 },
  'Education, Training, and Experience': { headers: [...rating, 'Category'], rows: 36209 },
  'Education, Training, and Experience Categories': { headers: ['Element ID', 'Scale ID', 'Category'], rows: 41 },
  'Job Zones': { headers: [code, 'Job Zone'], rows: 923 },
  'Job Zone Reference': { headers: ['Job Zone', 'Name'], rows: 5 },
  'Alternate Titles': { headers: [code, 'Alternate Title'], rows: 56560 },
  'Sample of Reported Titles': { headers: [code, 'Reported Job Title'], rows: 7796 },
  'Related Occupations': { headers: [code, 'Related O*NET-SOC Code'], rows: 18460 },
  Interests: { headers: rating, rows: 8307 },
  'Work Styles': { headers: rating, rows: 14064 },
  'Work Values': { headers: rating, rows: 7866 },
  'DWA Reference': { headers: ['Element ID', 'IWA ID', 'DWA ID', 'DWA Title'], rows: 2087 },
  'Tasks to DWAs': { headers: [code, 'Task ID', 'DWA ID'], rows: 23233 },
} as const satisfies Record<string, { headers: string[]; rows: number }>;

export type OnetFileName = keyof typeof onetTextFiles;

/** O*NET files are found as the text release (`.txt`) or as TSV converted from the Excel release (`.tsv`). */
function onetFile(name: OnetFileName): SourceFile {
  const { headers, rows } = onetTextFiles[name];
  return {
    id: `onet:${name}`,
    paths: [`onet/29.3/tsv/${name}.tsv`, `onet/29.3/txt/${name}.txt`],
    saveAs: `onet/29.3/txt/${name}.txt`,
    member: `db_29_3_text/${name}.txt`,
    expect: { headers: [...headers], rows: exactly(rows) },
  };
}

const oewsHeaders = ['OCC_CODE', 'AREA', 'AREA_TITLE', 'OCC_TITLE', 'H_MEDIAN', 'A_MEDIAN'];
const medianHeaders = ['soc_code', 'career_slug', 'hourly_median', 'annual_median'];

export const sourceReleases: SourceRelease[] = [
  {
    id: 'onet',
    publisher: 'National Center for O*NET Development (USDOL/ETA)',
    release: 'O*NET 29.3 Database, May 2025',
    licence: 'CC BY 4.0',
    url: 'https://www.onetcenter.org/dl_files/database/db_29_3_text.zip',
    files: (Object.keys(onetTextFiles) as OnetFileName[]).map(onetFile),
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
        // May 2025: 1,401 rows (every SOC level, cross-industry).
        expect: { headers: oewsHeaders, rows: between(1_000, 2_000) },
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
        expect: { headers: oewsHeaders, rows: between(20_000, 60_000) },
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
        expect: { headers: oewsHeaders, rows: between(60_000, 250_000) },
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
        // 21,430 rows: 472 occupations in up to 54 states and territories, some under two career names.
        expect: { headers: ['state', ...medianHeaders], rows: between(15_000, 30_000) },
        optional: true,
      },
      {
        id: 'oews:metro-medians',
        paths: ['oews/derived-may2025-medians/oews_may2025_metro_medians_474occ.csv'],
        saveAs: 'oews/derived-may2025-medians/oews_may2025_metro_medians_474occ.csv',
        // 119,494 rows: a metro area is listed under each of its states.
        expect: { headers: ['area_code', ...medianHeaders], rows: between(80_000, 160_000) },
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
        // 1,113 rows in 2024–34 (line items and summaries), plus a few footnote lines in the workbook.
        expect: { headers: ['Occupation type', 'Median annual wage, dollars, 2024'], sheet: /^Table 1\.2/, rows: between(900, 1_400) },
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
        expect: { headers: ['CIPCode', 'CIPTitle', 'CIPDefinition'], rows: between(2_500, 3_200) },
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
        expect: { headers: ['CIP2020Code', 'SOC2018Code'], sheet: 'CIP-SOC', rows: between(5_000, 7_500) },
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
        expect: { headers: ['UNITID', 'INSTNM', 'STABBR'], rows: between(5_000, 8_000) },
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
        // 286,979 first-major rows; the full C2024_A with second majors is larger.
        expect: { headers: ['UNITID', 'CIPCODE', 'AWLEVEL', 'CTOTALT'], rows: between(200_000, 400_000) },
      },
    ],
  },
];

/** Every file of every release, keyed by id. */
export const sourceFiles: Map<string, { file: SourceFile; release: SourceRelease }> = new Map(
  sourceReleases.flatMap((release) => release.files.map((file) => [file.id, { file, release }] as const)),
);
