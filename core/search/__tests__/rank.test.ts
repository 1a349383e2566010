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

  // O*NET lists "Meat Cutter" under both; only the butchers' workers reported it in O*NET's survey.
  it('leans a shared title to the occupation it is in use in, before a commoner one', () => {
    const cutters = (reportedBy: string) =>
      openSearchData(
        buildSearchData(
          [
            { code: '51-3021.00', title: 'Butchers and Meat Cutters', employment: 150 },
            { code: '51-3022.00', title: 'Meat, Poultry, and Fish Cutters and Trimmers', employment: 170 },
          ].map((o) => ({ ...o, description: 'Cut meat.', titles: ['Meat Cutter', 'Slicer'], tasks: ['Cut meat.'], inUse: o.code === reportedBy ? ['Meat Cutter'] : [] })),
        ),
      );
    expect(rankOccupations(cutters('51-3021.00'), 'Meat Cutter', 1)[0].code).toBe('51-3021.00');
    expect(rankOccupations(cutters('51-3022.00'), 'Meat Cutter', 1)[0].code).toBe('51-3022.00');
    expect(rankOccupations(cutters(''), 'Meat Cutter', 1)[0].code).toBe('51-3022.00');
  });

  // O*NET lists "Network Engineer" under software developers, ten times as many; employers post it for network architects.
  it('gives a title to the occupation employers post it for, before a commoner one that lists it and has it in use', () => {
    const engineers = (posted: boolean) =>
      openSearchData(
        buildSearchData([
          { code: '15-1252.00', title: 'Software Developers', employment: 1700, inUse: ['Network Engineer'] },
          { code: '15-1241.00', title: 'Computer Network Architects', employment: 180, ...(posted ? { inUse: ['Network Engineer'], posted: ['Network Engineer'] } : {}) },
        ].map((o) => ({ ...o, description: 'Build systems.', titles: ['Network Engineer', 'Engineer'], tasks: ['Build systems.'] }))),
      );
    expect(rankOccupations(engineers(true), 'Network Engineer', 1)[0].code).toBe('15-1241.00');
    expect(rankOccupations(engineers(false), 'Network Engineer', 1)[0].code).toBe('15-1252.00');
  });

  it('gives a posted title to its occupation though a far commoner one lists it and has its words in its work', () => {
    const building = (posted: boolean) =>
      openSearchData(
        buildSearchData([
          { code: '17-2051.00', title: 'Civil Engineers', description: 'Design and build roads and buildings.', titles: ['Building Engineer', 'Structural Engineer'], tasks: ['Inspect building sites.', 'Build bridges.', 'Plan building work.'], employment: 30000 },
          { code: '49-9071.00', title: 'Maintenance and Repair Workers, General', description: 'Repair machines and equipment.', titles: ['Building Engineer', 'Maintenance Technician'], tasks: ['Repair equipment.'], employment: 300, ...(posted ? { posted: ['Building Engineer'] } : {}) },
        ]),
      );
    expect(rankOccupations(building(true), 'Building Engineer', 1)[0].code).toBe('49-9071.00');
    expect(rankOccupations(building(false), 'Building Engineer', 1)[0].code).toBe('17-2051.00');
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

  it('takes a lead among workers O*NET lists no lead for as their first-line supervisor', () => {
    const record = (code: string, title: string, titles: string[], employment: number) => ({ code, title, description: 'Work.', titles, tasks: ['Work.'], employment });
    const stores = openSearchData(
      buildSearchData([
        record('41-1011.00', 'First-Line Supervisors of Retail Sales Workers', ['Cashier Supervisor', 'Store Manager', 'Sales Supervisor'], 1500),
        record('41-2011.00', 'Cashiers', ['Cashier', 'Checker', 'Front End Cashier'], 3300),
        record('41-2031.00', 'Retail Salespersons', ['Sales Associate', 'Sales Clerk'], 3800),
      ]),
    );
    expect(rankOccupations(stores, 'Cashier', 1)[0].code).toBe('41-2011.00');
    expect(rankOccupations(stores, 'Lead Cashier', 1)[0].code).toBe('41-1011.00');
    // No supervisor of dental assistants: the lead is one of them, not another trade's supervisor.
    const clinics = openSearchData(
      buildSearchData([
        record('31-9091.00', 'Dental Assistants', ['Dental Assistant', 'Certified Dental Assistant'], 380),
        record('51-1011.00', 'First-Line Supervisors of Production and Operating Workers', ['Dental Laboratory Supervisor', 'Production Supervisor', 'Assembly Supervisor', 'Packaging Supervisor', 'Plant Supervisor', 'Line Supervisor', 'Mill Supervisor'], 700),
      ]),
    );
    const [assistants, supervisors] = rankOccupations(clinics, 'Lead Dental Assistant', 2);
    expect(assistants.code).toBe('31-9091.00');
    // With "supervisor" as the job noun the production supervisors come to about 0.54 of the assistants; as a modifier, 0.35.
    expect(supervisors.score / assistants.score).toBeLessThan(0.45);
  });

  it('takes a director for a manager, not a first-line supervisor listing the same title', () => {
    const record = (code: string, title: string, titles: string[], employment: number) => ({ code, title, description: 'Run food service.', titles, tasks: ['Direct food service.'], employment });
    const kitchens = openSearchData(
      buildSearchData([
        record('11-9051.00', 'Food Service Managers', ['Food Service Director', 'Restaurant Manager'], 350),
        record('35-1012.00', 'First-Line Supervisors of Food Preparation and Serving Workers', ['Food Service Director', 'Food Service Supervisor', 'Kitchen Supervisor'], 1100),
      ]),
    );
    expect(rankOccupations(kitchens, 'Food Service Supervisor', 1)[0].code).toBe('35-1012.00');
    expect(rankOccupations(kitchens, 'Food Service Director', 1)[0].code).toBe('11-9051.00');
  });

  it('lets context after a dash make a title more exact only half as much as the title’s own words', () => {
    const record = (code: string, title: string, titles: string[], employment: number) => ({ code, title, description: 'Finish drywall.', titles, tasks: ['Tape drywall joints.'], employment });
    const drywall = openSearchData(
      buildSearchData([
        record('47-2082.00', 'Tapers', ['Taper', 'Joint Finisher', 'Drywall Finisher'], 100),
        record('47-2081.00', 'Drywall and Ceiling Tile Installers', ['Drywall Taper', 'Ceiling Installer'], 100),
        record('47-3019.00', 'Helpers, Construction Trades, All Other', ['Drywall Helper', 'Drywall Laborer', 'Drywall Sander', 'Drywall Cleaner'], 50),
        { code: '35-2014.00', title: 'Cooks, Restaurant', description: 'Cook.', titles: ['Line Cook', 'Prep Cook', 'Grill Cook', 'Fry Cook', 'Pantry Cook'], tasks: ['Cook.'], employment: 1400 },
      ]),
    );
    const [drywallTaper, taper] = rankOccupations(drywall, 'Taper - Drywall', 2);
    expect([drywallTaper.code, taper.code]).toEqual(['47-2081.00', '47-2082.00']);
    // "Drywall Taper" covers the context too; counted in full, "Taper" keeps about 0.81 of its score, at half about 0.83.
    expect(taper.score / drywallTaper.score).toBeGreaterThan(0.82);
  });

  it('leaves a manager’s title to a named occupation before the managers’ residual', () => {
    const record = (code: string, title: string, titles: string[], employment: number) => ({ code, title, description: 'Run an office.', titles, tasks: ['Supervise office staff.'], employment });
    const offices = openSearchData(
      buildSearchData([
        record('11-9199.00', 'Managers, All Other', ['Dental Office Manager', 'Box Office Manager'], 1300),
        record('43-1011.00', 'First-Line Supervisors of Office and Administrative Support Workers', ['Office Manager', 'Office Supervisor'], 1500),
      ]),
    );
    const [supervisors, residual] = rankOccupations(offices, 'Office Manager - Dental Practice', 2);
    expect(supervisors.code).toBe('43-1011.00');
    // As a specialty the residual keeps about 0.83 of the supervisors' score; as the residual, under 0.75.
    expect(residual.score / supervisors.score).toBeLessThan(0.8);
  });
});

