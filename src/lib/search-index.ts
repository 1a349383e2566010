import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { postingsLayout, splitPostings, type PostingsFiles, type SearchCoreFile } from '../../core/search/postings-files.ts';
import type { SearchData } from '../../core/search/search-data.ts';
import { catalogFile } from '../../atlas.config.ts';
import { searchIndexFile } from '../../pipeline/constants.ts';
import { getJobZones, getRegionPrograms, listOccupations } from './catalog/index.ts';
import { outlookBySoc } from './catalog/occupations.ts';
import { roleRows } from './catalog/roles.ts';
import { wageHeadline } from './catalog/wages.ts';
import { headlineWords } from './wage-words.ts';
import { highDemandByCode } from './catalog/high-demand.ts';
import { describeTimeToTrain } from './time-to-train.ts';

/**
 * The files the search page loads: `/search-index/core.json` when the box gets focus (vocabulary,
 * occupations with pay and time to train, roles, programs, the longest postings) and
 * `/search-index/<file>.json`, the files with a query's terms' postings, as queries need them
 * (`core/search/postings-files.ts` says which file holds which term). The ranking data is the
 * pipeline's `search-index.json` as written, the same file `soc:suggest` reads.
 */

/** Occupations a program links to that search lists it under (best match first). */
const PROGRAM_OCCUPATIONS = 6;

let data: SearchData | undefined;
let split: PostingsFiles | undefined;

function readSearchData(): SearchData {
  const path = join(dirname(catalogFile()), searchIndexFile);
  try {
    data ??= JSON.parse(readFileSync(path, 'utf8')) as SearchData;
  } catch (error) {
    throw new Error(`No search index at ${path} (${(error as Error).message}). Run \`npm run pipeline\`, which writes it beside the catalog.`);
  }
  return data;
}

export type RegionalMedian = { words: string; place: string };

/** The wage model's headline beside an occupation in search, worded as the page words it, with its area (and the broad group BLS publishes it within). */
export function regionalMedian(socCode: string): RegionalMedian | null {
  const headline = wageHeadline(socCode);
  const words = headlineWords(headline);
  if (!headline || !words) return null;
  const { areaName } = headline.area;
  const group = headline.wages.group;
  return { words, place: group ? `${areaName}, for ${group.title}` : areaName };
}

/** Distinct values as a list plus each record's index into it: repeated strings cost a number each. */
function indexer() {
  const values: string[] = [];
  const at = new Map<string, number>();
  const of = (value: string) => at.get(value) ?? (at.set(value, values.push(value) - 1), values.length - 1);
  return { values, of };
}

const readPostingsFiles = () => (split ??= splitPostings(readSearchData()));

export function buildSearchCore(): SearchCoreFile {
  const { occupations, commonness, titleCount, terms, heads } = readSearchData();
  const summaries = new Map(listOccupations().map((o) => [o.code, o]));
  const outlook = outlookBySoc();
  const demand = highDemandByCode();
  const zones = new Map(getJobZones().map((z) => [z.zone, `Job Zone ${z.zone}: ${z.name}`]));
  const [pays, places, trainings, areas, preparations, companies, institutions, awards] = Array.from({ length: 8 }, indexer);
  const occIndex = new Map(occupations.map(([code], i) => [code, i]));
  const facts = occupations.map(([code]) => {
    const o = summaries.get(code);
    const median = o ? regionalMedian(o.socCode) : null;
    const train = o ? describeTimeToTrain(outlook.get(o.socCode)?.typicalEducation, o.jobZone) : null;
    const zone = o?.jobZone ? zones.get(o.jobZone) : undefined;
    return [
      median ? pays.of(median.words) : -1,
      median ? places.of(median.place) : -1,
      train ? trainings.of(train.short) : -1,
      o ? areas.of(o.careerArea) : -1,
      zone ? preparations.of(zone) : -1,
      demand.has(code) ? 1 : 0,
    ];
  });
  const roles = roleRows().flatMap((r) => {
    const occ = occIndex.get(r.occupationCode ?? '');
    return [[r.title, companies.of(r.companyName), r.slug, occ ?? -1] as [string, number, string, number]];
  });
  const programs = getRegionPrograms().map(
    (p) =>
      [p.title, institutions.of(p.institution.name), awards.of(p.awardLabel), p.id, p.occupations.slice(0, PROGRAM_OCCUPATIONS).flatMap((o) => occIndex.get(o.code) ?? [])] as [
        string,
        number,
        number,
        string,
        number[],
      ],
  );
  return {
    occupations,
    commonness,
    titleCount,
    terms,
    heads,
    ...postingsLayout,
    facts,
    lists: { pays: pays.values, places: places.values, trainings: trainings.values, areas: areas.values, preparations: preparations.values, companies: companies.values, institutions: institutions.values, awards: awards.values },
    roles,
    programs,
    postings: readPostingsFiles().core,
  };
}

/** The names of the postings files (`/search-index/<name>.json`). */
export const listPostingsFiles = () => [...readPostingsFiles().files.keys()];

/** The encoded postings of every term in file `name`. */
export function buildPostingsFile(name: string): Record<string, string> {
  const file = readPostingsFiles().files.get(name);
  if (!file) throw new Error(`No search postings file "${name}": expected one of the ${listPostingsFiles().length} that listPostingsFiles() names.`);
  return file;
}
