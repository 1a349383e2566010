import { describe, expect, it } from 'vitest';
import { readsAsSupervisor } from '../role-words.ts';

describe('readsAsSupervisor', () => {
  it('reads assistant managers, unit leaders and leads among workers as working supervisors', () => {
    for (const title of ['assistant store manager', 'asst manager - fast food', 'shift leader', 'department manager - grocery', 'crew lead', 'lead cashier', 'warehouse lead', 'warehouse supervisor', 'construction foreman'])
      expect(readsAsSupervisor(title), title).toBe(true);
  });

  it('leaves managers, professionals’ seniority and lead the metal alone', () => {
    for (const title of ['store manager', 'general manager', 'lead software engineer', 'lead teacher', 'lead abatement worker', 'assistant director of nursing', 'team lead - data analyst', 'nurse supervisor'])
      expect(readsAsSupervisor(title), title).toBe(false);
  });
});
