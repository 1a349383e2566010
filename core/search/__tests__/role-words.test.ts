import { describe, expect, it } from 'vitest';
import { leadAsSupervisor, readsAsSupervisor } from '../role-words.ts';

describe('readsAsSupervisor', () => {
  it('reads assistant managers, unit leaders and leads among workers as working supervisors', () => {
    for (const title of ['assistant store manager', 'asst manager - fast food', 'shift leader', 'department manager - grocery', 'crew lead', 'lead cashier', 'warehouse lead', 'warehouse supervisor', 'construction foreman', 'police sergeant', 'fire lieutenant'])
      expect(readsAsSupervisor(title), title).toBe(true);
  });

  it('reads a store department’s manager as a department manager, not a produce or deli business’s', () => {
    for (const title of ['produce manager', 'meat department manager', 'front end manager', 'bakery mgr'])
      expect(readsAsSupervisor(title), title).toBe(true);
    for (const title of ['produce buyer', 'restaurant manager', 'meat plant manager'])
      expect(readsAsSupervisor(title), title).toBe(false);
  });

  it('leaves managers, professionals’ seniority and lead the metal alone', () => {
    for (const title of ['store manager', 'general manager', 'lead software engineer', 'lead teacher', 'lead abatement worker', 'assistant director of nursing', 'team lead - data analyst', 'nurse supervisor'])
      expect(readsAsSupervisor(title), title).toBe(false);
  });
});

describe('leadAsSupervisor', () => {
  const jobNouns = new Set(['cashier', 'custodian', 'cook', 'handler']);
  const namesJob = (word: string) => jobNouns.has(word);

  it('reads a lead among workers as their supervisor, the context kept', () => {
    expect(leadAsSupervisor('lead cashier', namesJob)).toBe('supervisor cashier');
    expect(leadAsSupervisor('cashier lead', namesJob)).toBe('supervisor cashier');
    expect(leadAsSupervisor('lead line cook - nights', namesJob)).toBe('supervisor line cook - nights');
  });

  it('leaves a supervisor’s title, a professional’s lead and a lead of no workers alone', () => {
    for (const title of ['lead supervisor - cashier', 'lead software engineer', 'lead hiking trips', 'lead abatement worker', 'cashier'])
      expect(leadAsSupervisor(title, namesJob), title).toBe(title);
  });
});
