import { describe, expect, it } from 'vitest';
import { agentForms, helpedWorkers, placeFirst } from '../describe-work.ts';
import { rankOccupations } from '../rank.ts';
import { buildSearchData, type OccupationRecord } from '../search-data.ts';
import { openSearchData } from '../search-index.ts';
import { understandQuery } from '../understand-query.ts';

/** Descriptions of work on a small hand-written index: told from titles, read in O*NET's words. */

const records: OccupationRecord[] = [
  { code: '19-3033.00', title: 'Clinical and Counseling Psychologists', description: 'Assess and treat mental disorders; psychology practice.', titles: ['Psychologist', 'Therapist'], tasks: ['Counsel patients with depression.'] },
  { code: '25-1066.00', title: 'Psychology Teachers, Postsecondary', description: 'Teach courses in psychology.', titles: ['Psychology Professor', 'Psychology Instructor'], tasks: ['Teach psychology courses to students.'] },
  { code: '43-4171.00', title: 'Receptionists and Information Clerks', description: 'Answer inquiries and greet visitors.', titles: ['Front Desk Receptionist'], tasks: ['Answer telephones and greet visitors.', 'Answer account questions.'] },
  { code: '49-3091.00', title: 'Bicycle Repairers', description: 'Repair and service bicycles.', titles: ['Bike Mechanic'], tasks: ['Repaired bicycle frames and wheels.'] },
  { code: '15-1232.00', title: 'Computer User Support Specialists', description: 'Help computer users.', titles: ['Help Desk Technician', 'Desktop Support Technician'], tasks: ['Answer user questions about computers.', 'Repair desktop computers.'] },
  { code: '19-3039.00', title: 'Psychologists, All Other', description: 'Psychologists not listed separately.', titles: ['Psychologist'], tasks: ['Conduct psychology research.'] },
  { code: '11-9051.00', title: 'Food Service Managers', description: 'Plan and direct food service establishments.', titles: ['Restaurant Manager'], tasks: ['Schedule restaurant staff.'] },
  { code: '35-3031.00', title: 'Waiters and Waitresses', description: 'Take orders and serve food in restaurants.', titles: ['Restaurant Server'], tasks: ['Serve food to restaurant patrons.', 'Run food to restaurant tables.', 'Operate the restaurant register.', 'Clear dishes from tables.'] },
  { code: '35-9021.00', title: 'Dishwashers', description: 'Clean dishes, kitchen, and food preparation equipment.', titles: ['Dishwasher', 'Pot Washer'], tasks: ['Wash dishes by hand.', 'Help with salad making.', 'Load dishes.'] },
  { code: '49-3051.00', title: 'Motorboat Mechanics and Service Technicians', description: 'Repair and adjust boat engines.', titles: ['Boat Mechanic', 'Boat Repairer'], tasks: ['Repair boat hulls.'] },
  { code: '49-9031.00', title: 'Home Appliance Repairers', description: 'Repair household appliances.', titles: ['Appliance Repairer', 'Washer Repairer'], tasks: ['Repair washers and dryers.'] },
  { code: '53-7021.00', title: 'Crane and Tower Operators', description: 'Operate cranes.', titles: ['Crane Operator', 'Tower Crane Operator', 'Crane Loader'], tasks: ['Operate cranes to lift loads.', 'Cap loads and enter their weights.'] },
  { code: '13-2011.00', title: 'Accountants and Auditors', description: 'Examine financial records.', titles: ['Accountant', 'Staff Accountant'], tasks: ['Prepare account statements.', 'Audit company books.'] },
  { code: '27-2021.00', title: 'Athletes and Sports Competitors', description: 'Compete in sports.', titles: ['Competitor'], tasks: ['Represent a company in events.'] },
  { code: '51-3011.00', title: 'Bakers', description: 'Mix and bake ingredients.', titles: ['Baker', 'Cake Decorator', 'Bread Maker'], tasks: ['Bake cakes.', 'Oversee dough making.'] },
  { code: '47-2031.00', title: 'Carpenters', description: 'Build wooden structures.', titles: ['Carpenter', 'Finish Carpenter'], tasks: ['Cap posts and enter measurements.'] },
];
const index = openSearchData(buildSearchData(records));
const top = (query: string) => rankOccupations(index, query, 3).map((r) => r.code);

describe('a description of work', () => {
  it('is told from a title by its verb, its articles and its plural workers', () => {
    expect(understandQuery(index, 'answer phones and greet visitors').describesWork).toBe(true);
    expect(understandQuery(index, 'fix bikes').describesWork).toBe(true);
    expect(understandQuery(index, 'Help Desk Technician').describesWork).toBe(false);
  });

  it('meets the work text whatever the verb form', () => {
    const plan = understandQuery(index, 'repairing bicycles');
    expect(plan.workTerms.map((t) => t.term)).toContain('repair');
    expect(top('repairing bicycles')[0]).toBe('49-3091.00');
  });

  it('gains O*NET words for everyday ones', () => {
    expect(understandQuery(index, 'fix bikes').workTerms.map((t) => t.term)).toContain('bicycle');
    expect(top('fix bikes')[0]).toBe('49-3091.00');
  });

  it('asks for the practitioner of a field, and for its teacher only when it says teach', () => {
    expect(top('psychology')[0]).toBe('19-3033.00');
    expect(top('teach psychology')[0]).toBe('25-1066.00');
  });

  it('asks for the manager of a place the query runs or is in charge of', () => {
    const terms = (query: string) => understandQuery(index, query).terms.map((t) => t.term);
    expect(terms('run a restaurant')).toContain('manager');
    expect(terms('in charge of a restaurant')).toContain('manager');
    expect(terms('in charge of a restaurant')).not.toContain('charge');
    expect(terms('run restaurant software')).not.toContain('manager');
    // A machine or vehicle is operated, not managed; a computer system is administered.
    expect(terms('run a crane')).not.toContain('manager');
    expect(terms('run a website')).not.toContain('manager');
    expect(top('in charge of a restaurant')[0]).toBe('11-9051.00');
    expect(top('serve food in a restaurant')[0]).toBe('35-3031.00');
  });

  it('reads a verb and its object as the job noun O*NET makes of them, and weighs the object as much as the verb', () => {
    expect(understandQuery(index, 'wash dishes').terms.map((t) => t.term)).toContain('dishwasher');
    expect(top('wash dishes')[0]).toBe('35-9021.00');
    const boat = understandQuery(index, 'repair boats').terms.find((t) => t.term === 'boat');
    expect(boat?.weight).toBeGreaterThanOrEqual(1);
  });
});

describe('a job named and then where it is done', () => {
  it('is a title the place qualifies, not a sentence', () => {
    expect(placeFirst(index, 'dishwasher at a restaurant')).toBe('restaurant dishwasher');
    expect(placeFirst(index, 'psychologist in the clinic')).toBe('clinic psychologist');
    expect(understandQuery(index, 'dishwasher at a restaurant').describesWork).toBe(false);
    expect(top('dishwasher at a restaurant')[0]).toBe('35-9021.00');
  });

  it('is left alone after an everyday verb or without a job noun', () => {
    expect(placeFirst(index, 'serve food in a restaurant')).toBe('serve food in a restaurant');
    expect(placeFirst(index, 'work in a restaurant')).toBe('work in a restaurant');
    expect(placeFirst(index, 'dishwasher at restaurants')).toBe('dishwasher at restaurants');
  });
});

describe('a description with a preposition', () => {
  it('weighs the word before it, not the adjunct after it, as what the work is done on', () => {
    const terms = understandQuery(index, 'answer questions on the phone').terms;
    const weight = (term: string) => terms.find((t) => t.term === term)?.weight ?? 0;
    expect(weight('question')).toBeGreaterThan(weight('phone'));
  });
});

describe('agentForms', () => {
  it('forms the agent of a verb, dropping a final e', () => {
    expect(agentForms('paint')).toContain('painter');
    expect(agentForms('cut')).toContain('cutter');
    expect(agentForms('operate')).toContain('operator');
    expect(agentForms('account')).not.toContain('accountant');
  });

  it('forms the practitioner of a field named alone, a final y giving way', () => {
    expect(agentForms('account', true)).toContain('accountant');
    expect(agentForms('music', true)).toContain('musician');
    expect(agentForms('pharmacy', true)).toContain('pharmacist');
    expect(agentForms('library', true)).toContain('librarian');
  });

  it('names the practitioner of a field or activity the query names alone', () => {
    expect(understandQuery(index, 'account').terms.map((t) => t.term)).toContain('accountant');
    expect(top('account')[0]).toBe('13-2011.00');
    // Only alone: a place or thing worked with is no field ("work in a hospital" is no hospitalist).
    expect(understandQuery(index, 'work with account').terms.map((t) => t.term)).not.toContain('accountant');
  });
});

describe('a field named alone', () => {
  it('names the job noun that begins with it less its ending, not one that merely shares four letters', () => {
    expect(understandQuery(index, 'carpentry').terms.map((t) => t.term)).toContain('carpenter');
    expect(understandQuery(index, 'company').terms.map((t) => t.term)).not.toContain('competitor');
  });
});

describe('an activity named by its -ing form', () => {
  it('names the agent of its verb', () => {
    expect(understandQuery(index, 'bread making').terms.map((t) => t.term)).toContain('maker');
  });
});

describe('a question about a job', () => {
  it('asks for the job it names, not its question words', () => {
    const terms = understandQuery(index, 'what does a psychologist do').terms.map((t) => t.term);
    expect(terms).not.toContain('what');
    expect(terms).not.toContain('doe');
  });
});

describe('helping workers', () => {
  it('is being their assistant, when they are named in the plural or after an article', () => {
    expect(helpedWorkers(index, 'help psychologists')).toBe('psychologists');
    expect(helpedWorkers(index, 'help customers')).toBeUndefined();
    expect(helpedWorkers(index, 'help desk')).toBeUndefined();
    expect(helpedWorkers(index, 'help')).toBeUndefined();
    expect(helpedWorkers(index, '')).toBeUndefined();
    expect(helpedWorkers(index, 'help the psychologist')).toBe('psychologist');
    expect(helpedWorkers(index, 'help the restaurant')).toBeUndefined();
    expect(understandQuery(index, 'help psychologists').terms.map((t) => t.term)).toContain('assistant');
  });

  it('may say where or with what, but not further work', () => {
    expect(helpedWorkers(index, 'help psychologists with research')).toBe('psychologists');
    expect(helpedWorkers(index, 'help a psychologist in the clinic')).toBe('psychologist');
    expect(helpedWorkers(index, 'help psychologists treat patients')).toBeUndefined();
  });
});

describe('a typo in the object of an everyday verb', () => {
  it('is not taken for a job noun', () => {
    expect(understandQuery(index, 'lift loadr').corrected).toBe('lift load');
    expect(understandQuery(index, 'crane loadr').corrected).toBe('crane loader');
  });
});

describe('a typo of a job noun', () => {
  it('is corrected, though it holds two words the index has (cap, enter)', () => {
    expect(understandQuery(index, 'capenter').corrected).toBe('carpenter');
    expect(top('capenter')[0]).toBe('47-2031.00');
  });
});
