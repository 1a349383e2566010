import { describe, expect, it } from 'vitest';
import type { EffectiveLists, SourceGroup } from '../catalog/index.ts';
import { taskSections } from '../task-sections.ts';

const onet = (...items: string[]): SourceGroup<string> => ({ label: 'From O*NET', custom: false, refinement: null, items });
const custom = (...items: string[]): SourceGroup<string> => ({ label: 'Custom (Tampa Bay editors)', custom: true, refinement: null, items });
const lists = (over: Partial<EffectiveLists>): EffectiveLists => ({ responsibilities: [], tasks: [], tools: [], taskRating: 'split', ...over });
const titles = (l: EffectiveLists) => taskSections(l).map((s) => [s.id, s.title]);

describe('task sections', () => {
  it('say "Core tasks" and "Other tasks" only where O*NET rates the statements so', () => {
    expect(titles(lists({ responsibilities: [onet('a')], tasks: [onet('b')] }))).toEqual([
      ['tasks', 'Core tasks'],
      ['typical-tasks', 'Other tasks'],
    ]);
  });

  it('show statements O*NET has not rated as one list that says so, never as core', () => {
    const sections = taskSections(lists({ responsibilities: [onet('a', 'b')], tasks: [onet('c')], taskRating: 'unrated' }));
    expect(sections).toEqual([{ id: 'tasks', title: 'Tasks (not yet rated core or supplemental by O*NET)', groups: [onet('a', 'b', 'c')], empty: '' }]);
    expect(titles(lists({ responsibilities: [onet('a')], tasks: [onet('b')], taskRating: 'core' }))).toEqual([['tasks', 'Core tasks']]);
    expect(titles(lists({ responsibilities: [onet('a')], taskRating: 'supplemental' }))).toEqual([['tasks', 'Other tasks (none rated core by O*NET)']]);
  });

  it("keep the responsibilities/tasks split for editors' overrides", () => {
    expect(titles(lists({ responsibilities: [custom('x')], tasks: [onet('b')], taskRating: 'unrated' }))).toEqual([
      ['tasks', 'Core responsibilities'],
      ['typical-tasks', 'Typical tasks'],
    ]);
  });
});
