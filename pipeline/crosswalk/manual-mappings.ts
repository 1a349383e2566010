import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import { cipCode, optionalText, socCode } from '../lib/fields.ts';
import type { Problems } from '../lib/problems.ts';
import { readTable } from '../lib/read-table.ts';
import { optional, parseTable } from '../lib/row-schema.ts';

/**
 * `editions/<edition>/content/crosswalk/manual.csv`: editors' CIP ↔ SOC mappings (`cip_code,soc_code,note`),
 * which the sync never removes. An absent file means no manual mappings.
 */
export function readManualMappings(path: string, problems: Problems) {
  if (!existsSync(path)) return [];
  const parsed = parseTable(
    readTable(path, problems, { displayName: relative('.', path) }),
    { cipCode: 'cip_code', socCode: 'soc_code', note: optional('note') },
    z.object({ cipCode: cipCode(), socCode: socCode(), note: optionalText() }),
    problems,
  );
  return parsed.rows;
}
