import { CIP_PATTERN, parseProgramId, type ProgramKey, type programs } from '../db/schema/education.ts';
import type { Problem } from '../lib/problems.ts';
import type { ProgramFile } from './content-schemas.ts';
import type { EducationLookup } from './education-lookup.ts';
import type { Entry } from './load-content.ts';
import { stringAt, valueAt } from './locate-issues.ts';

/**
 * Program files against IPEDS and each other: the program, institution and CIP code each names exist,
 * and no two files correct the same program. Then the changes they make to the `programs` table.
 */

type ProgramRow = typeof programs.$inferInsert;

/** A correction of an IPEDS program: the columns to set on row `id`. */
export type ProgramEdit = { id: string; set: Partial<ProgramRow> };

export type ProgramChanges = { edits: ProgramEdit[]; added: ProgramRow[] };

/** Why an IPEDS id is unknown, in terms of what the catalog does have at that institution. */
function unknownProgramHint({ unitid, cipCode: cip }: ProgramKey, education: EducationLookup): string {
  const name = education.institutions.get(unitid);
  const expected = 'the id of a program IPEDS reports, <UNITID>-<CIP>-<award level>';
  if (!name) return `${expected}; no institution in the catalog has UNITID ${unitid}`;
  const levels = [...education.programIds].map(parseProgramId).filter((p) => p?.unitid === unitid && p.cipCode === cip).map((p) => p!.awardLevel);
  if (levels.length) return `${expected}; ${name} reports CIP ${cip} at award level ${levels.join(', ')}`;
  return `${expected}; ${name} reports no program with CIP ${cip} (leave ipeds_id out to add it as a new program)`;
}

export function checkPrograms(entries: readonly Entry<ProgramFile>[], education: EducationLookup, problems: Problem[]): void {
  const targeted = new Map<string, string>();
  for (const { content } of entries) {
    const { file, data, lineOf } = content;
    const id = stringAt(data, 'ipeds_id');
    const key = id ? parseProgramId(id) : null;
    if (id && key) {
      const line = lineOf(['ipeds_id']);
      if (!education.programIds.has(id)) problems.push({ file, line, field: 'ipeds_id', value: id, expected: unknownProgramHint(key, education) });
      const first = targeted.get(id);
      // Two files correcting one program would each silently undo the other's fields.
      if (first) problems.push({ file, line, field: 'ipeds_id', value: id, expected: `a program no other file corrects; ${first} does already` });
      else targeted.set(id, file);
    }
    const unitid = valueAt(data, ['institution']);
    if (Number.isInteger(unitid) && !education.institutions.has(unitid as number)) {
      problems.push({ file, line: lineOf(['institution']), field: 'institution', value: unitid, expected: 'the UNITID of an institution in the catalog (IPEDS directory, the region\'s state)' });
    }
    const cip = stringAt(data, 'cip_code');
    if (cip && CIP_PATTERN.test(cip) && education.cipCodes.get(cip) !== true) {
      const why = education.cipCodes.has(cip) ? 'CIP 2020 retired this one' : 'this one is not in CIP 2020';
      problems.push({ file, line: lineOf(['cip_code']), field: 'cip_code', value: cip, expected: `a 6-digit CIP 2020 code in use (${why})` });
    }
  }
}

/** The catalog changes of valid program files: corrections of IPEDS rows, and new rows with the file's slug as id. */
export function programChanges(entries: readonly { slug: string; content: { file: string }; value: ProgramFile }[]): ProgramChanges {
  const changes: ProgramChanges = { edits: [], added: [] };
  for (const { slug, content, value: p } of entries) {
    // Keys left undefined are left alone by the update, and take the column default on insert.
    const fields = { title: p.title, description: p.description, url: p.url, format: p.format, duration: p.duration, skills: p.skills, isExample: p.example, editedBy: content.file };
    if (p.ipeds_id) changes.edits.push({ id: p.ipeds_id, set: { ...fields, cipCode: p.cip_code } });
    // The schema requires these three whenever ipeds_id is absent.
    else changes.added.push({ ...fields, id: slug, unitid: p.institution!, cipCode: p.cip_code!, awardLevel: p.award_level!, source: 'editor' });
  }
  return changes;
}
