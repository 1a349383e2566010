import { describe, expect, it } from 'vitest';
import type { OverrideFile } from '../../content/content-schemas.ts';
import { ONET_LABEL, SPLIT_WHEN_ONE_KIND, splitStatements, type ItemLists, type ListItem } from '../defaults.ts';
import type { Owner } from '../../content/override-owners.ts';
import { applyOverride, effectiveLists } from '../merge.ts';

const onet = (text: string, category: string | null = null, hot: boolean | null = null): ListItem => ({ text, category, hot, source: 'onet', sourceLabel: ONET_LABEL });

const defaults: ItemLists = {
  responsibility: [onet('Maintain a sterile field.'), onet('Pass instruments to the surgeon.')],
  task: [onet('Count sponges, needles, and instruments.'), onet('Order surgical supplies.')],
  tool: [onet('Epic Systems', 'Medical software', true), onet('Surgical retractors', 'Surgical retractors', false)],
};

const LABEL = 'Custom (Tampa Bay editors)';

/** `text | label` per item: what a page shows, in order. */
const shown = (items: ListItem[]) => items.map((i) => `${i.text} | ${i.sourceLabel}`);

describe('O*NET defaults', () => {
  const statement = (text: string, type: 'Core' | 'Supplemental' | null) => ({ text, type });

  it('makes Core statements the responsibilities and the Supplemental and unrated ones the tasks', () => {
    expect(splitStatements([statement('A', 'Core'), statement('B', 'Supplemental'), statement('C', 'Core'), statement('D', null)])).toEqual({
      responsibility: ['A', 'C'],
      task: ['B', 'D'],
    });
  });

  it('splits an occupation with only Core statements after the first eight', () => {
    const core = Array.from({ length: SPLIT_WHEN_ONE_KIND + 2 }, (_, i) => statement(`Core ${i + 1}`, 'Core'));
    expect(splitStatements(core)).toEqual({ responsibility: core.slice(0, 8).map((s) => s.text), task: ['Core 9', 'Core 10'] });
  });

  it('makes the first statements the responsibilities when O*NET rates none as Core', () => {
    expect(splitStatements([statement('A', 'Supplemental'), statement('B', null)])).toEqual({ responsibility: ['A', 'B'], task: [] });
  });
});

describe('applyOverride', () => {
  it.each([
    ['responsibilities', 'responsibility'],
    ['tasks', 'task'],
  ] as const)('%s: replace shows only the file\'s items, add appends them', (key, list) => {
    const replaced = applyOverride(defaults, { [key]: { mode: 'replace', items: ['New one.'] } }, LABEL);
    expect(shown(replaced[list])).toEqual([`New one. | ${LABEL}`]);
    const added = applyOverride(defaults, { [key]: { mode: 'add', items: ['New one.'] } }, LABEL);
    expect(shown(added[list])).toEqual([...shown(defaults[list]), `New one. | ${LABEL}`]);
  });

  it('tools: replace and add, with the category given and hot false unless set', () => {
    const items = [{ name: 'Bluebeam Revu', category: 'Document management software' }, { name: 'Procore', category: 'Project management software', hot: true }];
    const added = applyOverride(defaults, { tools: { mode: 'add', items } }, LABEL);
    expect(added.tool.slice(2)).toEqual([
      { text: 'Bluebeam Revu', category: 'Document management software', hot: false, source: 'custom', sourceLabel: LABEL },
      { text: 'Procore', category: 'Project management software', hot: true, source: 'custom', sourceLabel: LABEL },
    ]);
    expect(added.tool.slice(0, 2)).toEqual(defaults.tool);
    expect(shown(applyOverride(defaults, { tools: { mode: 'replace', items } }, LABEL).tool)).toEqual([`Bluebeam Revu | ${LABEL}`, `Procore | ${LABEL}`]);
  });

  it('leaves the lists a file does not name as they were', () => {
    const lists = applyOverride(defaults, { tasks: { mode: 'add', items: ['New one.'] } }, LABEL);
    expect([lists.responsibility, lists.tool]).toEqual([defaults.responsibility, defaults.tool]);
  });

  it('drops repeated statements, ignoring case and spacing, keeping the first and its label', () => {
    const override: OverrideFile = {
      responsibilities: { mode: 'add', items: ['  maintain a   STERILE field. ', 'Scrub in.', 'scrub in.'] },
      tools: { mode: 'add', items: [{ name: 'epic systems', category: 'EHR' }] },
    };
    const lists = applyOverride(defaults, override, LABEL);
    expect(shown(lists.responsibility)).toEqual([`Maintain a sterile field. | ${ONET_LABEL}`, `Pass instruments to the surgeon. | ${ONET_LABEL}`, `Scrub in. | ${LABEL}`]);
    expect(lists.tool).toEqual(defaults.tool);
  });

  it('does not repeat among the tasks a statement an editor made a responsibility', () => {
    const lists = applyOverride(defaults, { responsibilities: { mode: 'add', items: ['Order surgical supplies.'] } }, LABEL);
    expect(shown(lists.responsibility).at(-1)).toBe(`Order surgical supplies. | ${LABEL}`);
    expect(shown(lists.task)).toEqual([`Count sponges, needles, and instruments. | ${ONET_LABEL}`]);
  });
});

describe('effectiveLists', () => {
  const occupation: Owner = { kind: 'occupation', occupation: { code: '29-2055.00', title: 'Surgical Technologists' } };
  const role: Owner = { kind: 'role', role: { slug: 'surgical-technologist-acme-health', title: 'Surgical Technologist', occupationCode: '29-2055.00', companyName: 'Acme Health' } };
  const onetDefaults = new Map([['29-2055.00', defaults]]);
  const overrides = new Map<string, OverrideFile>([
    ['29-2055.00', { tools: { mode: 'add', items: [{ name: 'Da Vinci surgical system', category: 'Medical robots', hot: true }] } }],
    ['surgical-technologist-acme-health', {
      responsibilities: { mode: 'replace', items: ["Keep the sterile field in Acme's operating rooms."] },
      tools: { mode: 'add', items: [{ name: 'Steris sterilizer', category: 'Sterilizers' }] },
    }],
  ]);

  it('gives an occupation its defaults with its own override, labelled for the region', () => {
    const lists = effectiveLists(occupation, onetDefaults, overrides, 'Tampa Bay');
    expect(shown(lists.tool)).toEqual([`Epic Systems | ${ONET_LABEL}`, `Surgical retractors | ${ONET_LABEL}`, 'Da Vinci surgical system | Custom (Tampa Bay editors)']);
    expect(lists.responsibility).toEqual(defaults.responsibility);
  });

  it("gives a role its occupation's effective lists with the role's override, labelled with its company", () => {
    const lists = effectiveLists(role, onetDefaults, overrides, 'Tampa Bay');
    expect(shown(lists.responsibility)).toEqual(["Keep the sterile field in Acme's operating rooms. | From Acme Health"]);
    expect(lists.task).toEqual(defaults.task);
    expect(shown(lists.tool)).toEqual([
      `Epic Systems | ${ONET_LABEL}`,
      `Surgical retractors | ${ONET_LABEL}`,
      'Da Vinci surgical system | Custom (Tampa Bay editors)',
      'Steris sterilizer | From Acme Health',
    ]);
  });

  it('gives a role without a file of its own exactly its occupation\'s lists', () => {
    const withoutRole = new Map([...overrides].filter(([id]) => id === '29-2055.00'));
    expect(effectiveLists(role, onetDefaults, withoutRole, 'Tampa Bay')).toEqual(effectiveLists(occupation, onetDefaults, withoutRole, 'Tampa Bay'));
  });

  it('starts from empty lists for an occupation O*NET gives no statements or tools', () => {
    const lists = effectiveLists(occupation, new Map(), new Map(), 'Tampa Bay');
    expect(lists).toEqual({ responsibility: [], task: [], tool: [] });
  });
});
