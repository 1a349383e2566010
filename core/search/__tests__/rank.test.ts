import { describe, expect, it } from 'vitest';
import { rankOccupations } from '../rank.ts';
import { buildSearchData, type OccupationRecord } from '../search-data.ts';
import { openSearchData } from '../search-index.ts';

/** The ranker on a small hand-written index, for rules a whole-catalog benchmark only shows in aggregate. */

const imaging = ['X-Ray', 'CT', 'MRI', 'Mammography', 'Radiology', 'Cardiac Cath', 'Nuclear Medicine', 'Bone Density'];
const records: OccupationRecord[] = [
  {
    code: '29-2032.00',
    title: 'Diagnostic Medical Sonographers',
    description: 'Produce ultrasonic recordings of internal organs.',
    titles: ['Ultrasound Technician', 'Sonographer'],
    tasks: ['Operate ultrasound equipment.'],
    employment: 80,
  },
  {
    code: '29-2034.00',
    title: 'Radiologic Technologists and Technicians',
    description: 'Take x-rays and CAT scans or administer nonradioactive materials into patients.',
    titles: ['Ultrasound Technologist', ...imaging.map((what) => `${what} Technologist`)],
    tasks: ['Position patients for imaging.'],
    employment: 220,
  },
  {
    code: '29-2031.00',
    title: 'Cardiovascular Technologists and Technicians',
    description: 'Conduct tests on pulmonary or cardiovascular systems of patients.',
    titles: ['Ultrasound Technologist', 'Echo Technologist'],
    tasks: ['Conduct electrocardiogram tests.'],
    employment: 50,
  },
];
const index = openSearchData(buildSearchData(records));
const top = (query: string) => rankOccupations(index, query, 1)[0]?.code;

describe('rankOccupations', () => {
  // The one title that is the whole query, "Ultrasound Technician", beats a shared one and many "… Technologist" titles.
  it('takes "Tech" for a technician or a technologist: a title with either is the whole query', () => {
    expect(top('Ultrasound Tech')).toBe('29-2032.00');
    expect(top('Ultrasound Tech - Outpatient Imaging')).toBe('29-2032.00');
    expect(top('X-Ray Tech')).toBe('29-2034.00');
  });

  it('leans a title O*NET lists under several occupations to the commonest of them', () => {
    const cooks = openSearchData(
      buildSearchData([
        { code: '35-2014.00', title: 'Cooks, Restaurant', description: 'Prepare meals in restaurants.', titles: ['Line Cook'], tasks: ['Cook food to order.'], employment: 1400 },
        { code: '35-2015.00', title: 'Cooks, Short Order', description: 'Prepare meals to order quickly.', titles: ['Line Cook', 'Grill Cook'], tasks: ['Cook food to order.'], employment: 150 },
      ]),
    );
    const [first, second] = rankOccupations(cooks, 'Line Cook', 2);
    expect(first.code).toBe('35-2014.00');
    expect(first.score / second.score).toBeGreaterThan(1.1);
  });

  // Both are the query word for word: "Registered Nurse" covers "RN", only the specialty's title covers "ICU" too.
  it('gives the exact-title bonus most to the title that covers most of the query', () => {
    const kinds = ['Monitor', 'Sonographer', 'Technician', 'Technologist', 'Scheduler', 'Clerk', 'Secretary', 'Aide', 'Porter', 'Specialist'];
    const nurses = openSearchData(
      buildSearchData([
        {
          code: '29-1141.00',
          title: 'Registered Nurses',
          description: 'Assess patient health problems and needs.',
          titles: ['Registered Nurse (RN)', 'Staff Nurse', 'Charge Nurse', 'Nurse'],
          tasks: ['Care for patients in intensive care units as a registered nurse.'],
          employment: 3300,
        },
        {
          code: '29-1141.03',
          title: 'Critical Care Nurses',
          description: 'Provide advanced nursing for critically ill patients.',
          titles: ['Intensive Care Unit Registered Nurse (ICU RN)', 'Critical Care Nurse', 'Nurse'],
          tasks: ['Monitor patients.'],
          employment: 3300,
        },
        { code: '29-2099.00', title: 'Health Technicians', description: 'Assist in care units.', titles: kinds.map((k) => `Intensive Care Unit ${k}`), tasks: ['Run tests.'], employment: 50 },
      ]),
    );
    const [first, second] = rankOccupations(nurses, 'ICU RN - Nights', 2);
    expect([first.code, second.code]).toEqual(['29-1141.03', '29-1141.00']);
    // With the same bonus for both titles, the main occupation would trail by under a tenth.
    expect(first.score / second.score).toBeGreaterThan(1.15);
    expect(rankOccupations(nurses, 'RN - Nights', 1)[0].code).toBe('29-1141.00');
  });

  it('ranks a working supervisor’s title under the first-line supervisors, a manager’s under the managers', () => {
    const stores = openSearchData(
      buildSearchData([
        { code: '11-1021.00', title: 'General and Operations Managers', description: 'Direct operations.', titles: ['Store Manager', 'Assistant Store Manager', 'General Manager'], tasks: ['Direct store operations.'], employment: 3500 },
        { code: '41-1011.00', title: 'First-Line Supervisors of Retail Sales Workers', description: 'Supervise sales workers.', titles: ['Store Manager', 'Assistant Store Manager'], tasks: ['Supervise store staff.'], employment: 1500 },
      ]),
    );
    expect(rankOccupations(stores, 'Store Manager', 1)[0].code).toBe('11-1021.00');
    expect(rankOccupations(stores, 'Assistant Store Manager', 1)[0].code).toBe('41-1011.00');
  });

  it('gives a title listed under an occupation and its specialties to the occupation, before a commoner one', () => {
    const plant = (code: string, title: string, employment: number) => ({ code, title, description: 'Direct a plant.', titles: ['Plant Manager'], tasks: ['Direct operations.'], employment });
    const plants = openSearchData(
      buildSearchData([
        plant('11-3051.00', 'Industrial Production Managers', 200),
        plant('11-3051.02', 'Geothermal Production Managers', 200),
        plant('11-3051.03', 'Biofuels Production Managers', 200),
        plant('11-3051.04', 'Biomass Power Plant Managers', 200),
        plant('11-9013.00', 'Farmers, Ranchers, and Other Agricultural Managers', 900),
        // Other titles, so that the query's words are as rare as in O*NET.
        { code: '35-2014.00', title: 'Cooks, Restaurant', description: 'Cook.', titles: ['Line Cook', 'Prep Cook', 'Grill Cook', 'Fry Cook', 'Sauté Cook', 'Pantry Cook'], tasks: ['Cook.'], employment: 1400 },
      ]),
    );
    expect(rankOccupations(plants, 'Plant Manager', 1)[0].code).toBe('11-3051.00');
  });

  it('takes a supervisor for one of the workers the title names', () => {
    const record = (code: string, title: string, titles: string[], employment: number) => ({ code, title, description: 'Work.', titles, tasks: ['Work.'], employment });
    const crews = openSearchData(
      buildSearchData([
        record('51-1011.00', 'First-Line Supervisors of Production and Operating Workers', ['Warehouse Supervisor', 'Production Supervisor'], 600),
        record('53-1042.00', 'First-Line Supervisors of Helpers, Laborers, and Material Movers, Hand', ['Warehouse Supervisor', 'Dock Supervisor'], 200),
        record('53-7062.00', 'Laborers and Freight, Stock, and Material Movers, Hand', ['Warehouse Worker', 'Material Handler'], 3000),
        record('51-2092.00', 'Team Assemblers', ['Assembler', 'Production Worker'], 1000),
      ]),
    );
    expect(rankOccupations(crews, 'Warehouse Supervisor', 1)[0].code).toBe('53-1042.00');
    expect(rankOccupations(crews, 'Production Supervisor', 1)[0].code).toBe('51-1011.00');
  });

  it('takes a generic manager’s title for the kind of manager its context names', () => {
    const record = (code: string, title: string, titles: string[], employment: number) => ({ code, title, description: 'Manage.', titles, tasks: ['Manage.'], employment });
    const managers = openSearchData(
      buildSearchData([
        record('11-1021.00', 'General and Operations Managers', ['General Manager', 'Operations Manager'], 3500),
        record('11-9141.00', 'Property, Real Estate, and Community Association Managers', ['Apartment Manager', 'Community Manager', 'Property Manager'], 400),
        record('41-9022.00', 'Real Estate Sales Agents', ['Apartment Leasing Agent', 'Realtor'], 400),
      ]),
    );
    expect(rankOccupations(managers, 'General Manager', 1)[0].code).toBe('11-1021.00');
    expect(rankOccupations(managers, 'General Manager - Apartment Community', 1)[0].code).toBe('11-9141.00');
  });

  it('decides a near tie against a rare occupation', () => {
    const record = (code: string, title: string, titles: string[], employment: number) => ({ code, title, description: 'Service cars.', titles, tasks: ['Service cars.'], employment });
    const autos = openSearchData(
      buildSearchData([
        record('17-3027.00', 'Mechanical Engineering Technologists', ['Auto Technician'], 15),
        record('49-3023.00', 'Automotive Service Technicians and Mechanics', ['Auto Technician'], 110),
      ]),
    );
    const [first, second] = rankOccupations(autos, 'Auto Technician', 2);
    expect(first.code).toBe('49-3023.00');
    // Shared title and commonness alone give about 1.24.
    expect(first.score / second.score).toBeGreaterThan(1.3);
  });

  it('reads the workers a supervisor leads from the employer the title names', () => {
    const record = (code: string, title: string, titles: string[], employment: number) => ({ code, title, description: 'Work.', titles, tasks: ['Work.'], employment });
    const shifts = openSearchData(
      buildSearchData([
        record('41-1011.00', 'First-Line Supervisors of Retail Sales Workers', ['Shift Manager', 'Store Manager'], 1500),
        record('35-1012.00', 'First-Line Supervisors of Food Preparation and Serving Workers', ['Shift Manager', 'Kitchen Supervisor'], 1000),
        record('35-3023.00', 'Fast Food and Counter Workers', ['Fast Food Worker', 'Crew Member'], 3500),
        record('41-2031.00', 'Retail Salespersons', ['Sales Associate', 'Sales Clerk'], 3800),
      ]),
    );
    expect(rankOccupations(shifts, 'Shift Manager', 1)[0].code).toBe('41-1011.00');
    const [first, second] = rankOccupations(shifts, "Shift Manager - McDonald's", 2);
    expect(first.code).toBe('35-1012.00');
    // The industry's words among the titles alone give about 1.2; as the workers' words, well over 1.5.
    expect(first.score / second.score).toBeGreaterThan(1.5);
  });
});
