import { atlasConfig } from '../../atlas.config.ts';
import { type CompanyPage, type OccupationPage, type ProgramPage, type RolePage, type WageArea } from './catalog/index.ts';
import { absolute, paths } from './urls.ts';

/**
 * schema.org JSON-LD for occupation, role and program pages, built from the same plain data the page
 * shows (search engines penalise markup that says more than the page).
 */

const context = 'https://schema.org';
const onetSoc = { '@type': 'CategoryCodeSet', name: 'O*NET-SOC 2019' };
const country = { '@type': 'Country', name: 'United States' };

/** Google reads credentialCategory from a short list; BLS's typical-education wording maps onto it. */
const credentialCategories: Record<string, string> = {
  'High school diploma or equivalent': 'high school',
  "Associate's degree": 'associate degree',
  "Bachelor's degree": 'bachelor degree',
  "Master's degree": 'postgraduate degree',
  'Doctoral or professional degree': 'postgraduate degree',
  'Postsecondary nondegree award': 'professional certificate',
};

function place(area: Pick<WageArea, 'areaType' | 'areaName'>) {
  // A metropolitan area is neither a City nor a State: AdministrativeArea is the honest schema.org type.
  if (area.areaType === 'national') return country;
  return { '@type': area.areaType === 'state' ? 'State' : 'AdministrativeArea', name: area.areaName };
}

function salary(area: WageArea) {
  // Annual figures unless BLS publishes only hourly ones; `#` (top-coded) levels have no number and are left out.
  const [unit, duration] = area.hourlyOnly ? ([area.hourly, 'PT1H'] as const) : ([area.annual, 'P1Y'] as const);
  if (unit.median === null) return null;
  const levels = { percentile10: unit.pct10, percentile25: unit.pct25, median: unit.median, percentile75: unit.pct75, percentile90: unit.pct90 };
  return {
    '@type': 'MonetaryAmountDistribution',
    name: 'base',
    currency: 'USD',
    duration,
    ...Object.fromEntries(Object.entries(levels).filter(([, v]) => typeof v === 'number')),
  };
}

/**
 * One Occupation per area with a wage estimate: the region's (the area the page leads with, usually a metro
 * median) carrying the page's descriptive fields, and the United States with its full percentile
 * distribution. One node per area because occupationLocation says where its estimatedSalary applies.
 */
export function occupationJsonLd(page: OccupationPage) {
  const url = absolute(paths.occupation(page.code));
  const { primary: primaryArea, national: nationalArea } = page.wages;
  const estimate = primaryArea && salary(primaryArea);
  const education = page.outlook?.typicalEducation;
  const region = { areaType: 'msa', areaName: atlasConfig.region.msa.name } as const;
  const base = { '@type': 'Occupation', name: page.title, url, mainEntityOfPage: url };
  const national = nationalArea && salary(nationalArea);
  return {
    '@context': context,
    '@graph': [
      {
        ...base,
        '@id': `${url}#occupation`,
        description: page.description,
        sameAs: `https://www.onetonline.org/link/summary/${page.code}`,
        occupationalCategory: { '@type': 'CategoryCode', codeValue: page.code, inCodeSet: onetSoc },
        // The area the salary figures describe; the region when BLS publishes no wage at all.
        occupationLocation: [place(estimate && primaryArea ? primaryArea : region)],
        ...(estimate && { estimatedSalary: [estimate] }),
        ...(education && {
          educationRequirements: credentialCategories[education]
            ? { '@type': 'EducationalOccupationalCredential', credentialCategory: credentialCategories[education], name: education }
            : education,
        }),
        ...(page.outlook?.workExperience && { experienceRequirements: `Work experience in a related occupation: ${page.outlook.workExperience}` }),
        ...(page.jobZone && { qualifications: `Job Zone ${page.jobZone.zone} (${page.jobZone.name}): ${page.jobZone.experience}` }),
        ...(page.skills.length > 0 && { skills: page.skills.map((s) => s.name) }),
        ...(page.lists.responsibilities.length > 0 && { responsibilities: page.lists.responsibilities.flatMap((g) => g.items) }),
      },
      ...(national ? [{ ...base, '@id': `${url}#occupation-us`, description: page.description, occupationLocation: [country], estimatedSalary: [national] }] : []),
    ],
  };
}

/** schema.org employmentType values Google reads, from the content files' wording. */
const employmentTypes: Record<string, string> = {
  'Full-time': 'FULL_TIME',
  'Part-time': 'PART_TIME',
  Contract: 'CONTRACTOR',
  Temporary: 'TEMPORARY',
  Internship: 'INTERN',
};

/** JobPosting for a real listing, dated by the role file (`date_posted`, `valid_through`). */
export function jobPostingJsonLd(role: RolePage, company: CompanyPage | undefined) {
  const address = { '@type': 'PostalAddress', addressLocality: role.city, addressRegion: role.state, addressCountry: 'US' };
  const pay = role.salaryMin ?? role.salaryMax;
  return {
    '@context': context,
    '@type': 'JobPosting',
    title: role.title,
    description: role.descriptionHtml,
    datePosted: role.datePosted,
    ...(role.validThrough && { validThrough: role.validThrough }),
    url: absolute(paths.role(role.slug)),
    employmentType: employmentTypes[role.employmentType] ?? 'OTHER',
    hiringOrganization: {
      '@type': 'Organization',
      name: role.company.name,
      ...(company?.website && { sameAs: company.website }),
      ...(role.company.logo && { logo: absolute(role.company.logo) }),
    },
    jobLocation: { '@type': 'Place', address },
    ...(role.workLocationType === 'Remote' && { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'State', name: role.state } }),
    ...(pay !== null && {
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', unitText: 'YEAR', ...(role.salaryMin !== null && { minValue: role.salaryMin }), ...(role.salaryMax !== null && { maxValue: role.salaryMax }) },
      },
    }),
    occupationalCategory: role.occupation.code,
    ...(role.skills.length > 0 && { skills: role.skills.join(', ') }),
    directApply: false,
  };
}

export function programJsonLd(program: ProgramPage) {
  const { institution } = program;
  const website = institution.website && (/^https?:\/\//.test(institution.website) ? institution.website : `https://${institution.website}`);
  return {
    '@context': context,
    '@type': 'EducationalOccupationalProgram',
    name: program.title,
    description: program.description || program.definition || `${program.awardLabel} in ${program.cipTitle}`,
    url: absolute(paths.program(program.id)),
    ...(program.url && { sameAs: program.url }),
    identifier: { '@type': 'PropertyValue', propertyID: 'CIP 2020', value: program.cipCode },
    educationalCredentialAwarded: program.awardLabel,
    provider: {
      '@type': 'EducationalOrganization',
      name: institution.name,
      address: { '@type': 'PostalAddress', addressLocality: institution.city, addressRegion: institution.state, addressCountry: 'US' },
      ...(website && { url: website }),
    },
    ...(program.format && { educationalProgramMode: program.format }),
    ...(program.skills.length > 0 && { teaches: program.skills }),
    ...(program.occupations.length > 0 && {
      occupationalCategory: program.occupations.map((o) => ({ '@type': 'CategoryCode', codeValue: o.code, name: o.title, inCodeSet: onetSoc })),
    }),
  };
}
