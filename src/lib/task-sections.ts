import type { EffectiveLists, SourceGroup } from './catalog/index.ts';

/** One list section of an occupation or role page. */
export interface TaskSection {
  id: 'tasks' | 'typical-tasks';
  title: string;
  groups: SourceGroup<string>[];
  /** What the section says when it has no items. */
  empty: string;
}

/** The title of O*NET's statements shown as one list, when O*NET's rating does not split them. */
const oneListTitles = {
  core: 'Core tasks',
  supplemental: 'Other tasks (none rated core by O*NET)',
  unrated: 'Tasks (not yet rated core or supplemental by O*NET)',
} as const;

/**
 * The task sections and their titles. O*NET's own lists are called "Core tasks" and "Other tasks" only
 * where O*NET's Task Type splits them so; statements O*NET has not rated, or rated all alike, form one
 * list. Editors' overrides, refinements and employers' own items keep the responsibilities/tasks split.
 */
export function taskSections(lists: EffectiveLists): TaskSection[] {
  const groups = [...lists.responsibilities, ...lists.tasks];
  const onetOnly = groups.every((g) => !g.custom && !g.refinement);
  if (onetOnly && lists.taskRating !== 'split' && lists.taskRating !== 'none') {
    const merged = groups.length === 0 ? [] : [{ ...groups[0], items: groups.flatMap((g) => g.items) }];
    return [{ id: 'tasks', title: oneListTitles[lists.taskRating], groups: merged, empty: '' }];
  }
  const [first, second] = onetOnly ? ['Core tasks', 'Other tasks'] : ['Core responsibilities', 'Typical tasks'];
  return [
    { id: 'tasks', title: first, groups: lists.responsibilities, empty: `None are singled out; see ${second.toLowerCase()} below.` },
    { id: 'typical-tasks', title: second, groups: lists.tasks, empty: `No tasks are listed beyond the ${first.toLowerCase()}.` },
  ];
}
