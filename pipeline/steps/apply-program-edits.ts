import { eq } from 'drizzle-orm';
import { insertRows } from '../db/catalog-db.ts';
import { programs } from '../db/schema/index.ts';
import type { ValidatedContent } from './import-content.ts';
import type { StepContext, StepResult } from './context.ts';

/** Corrects the IPEDS rows editors' program files target and adds the programs they add. */
export function applyProgramEdits(ctx: StepContext, content: ValidatedContent): StepResult {
  if (!content) return {};
  const { edits, added } = content.programs;
  ctx.db.transaction(() => {
    for (const { id, set } of edits) ctx.orm.update(programs).set(set).where(eq(programs.id, id)).run();
  })();
  return { programs_edited: edits.length, programs_added: insertRows(ctx.db, programs, added) };
}
