/** The site's only door to the catalog: plain data for pages, loaded in batches and cached. */
export { getBuiltAt, getDataSources, getSourceReleases, type DataSources, type SourceRelease } from './sources.ts';
export { catalogSortLabels, getCatalogFacets, getJobZones, listOccupations, outlookForSoc, type CatalogFacets, type CatalogSort, type JobZone, type OccupationSummary, type Outlook } from './occupations.ts';
export { getOccupationPages, type OccupationPage } from './occupation-page.ts';
export { getRolePages, type RelatedOccupation, type RolePage } from './role-page.ts';
export { getCompanyPages, listEmployers, type CompanyPage, type Employer } from './companies.ts';
export { academicYear, getCompletionsYear, getRegionPrograms, orderProgramsForBeginners, type LinkReason, type ProgramCard, type ProgramPage } from './programs.ts';
export type { RoleCard } from './roles.ts';
export type { EffectiveLists, SourceGroup, ToolCategory } from './items.ts';
export { curatedHighDemandCodes, type HighDemandBadge } from './high-demand.ts';
export { comparablePay, wageHeadline, wagesForSoc, type OccupationWages, type WageGap, type WageHeadline } from './wages.ts';
export { wageAreasBySoc, type AreaType, type WageArea, type WageFile, type WageLevel, type WageLevels, type WageUnit } from './wage-areas.ts';
export type { EducationLevel, RatedElement } from './onet-details.ts';
export { stepUpMaxExtraYears, stepUpMinRaisePercent, type NextSteps, type StepOccupation } from './next-steps.ts';
export type { InterestProfile, WorkStyle, WorkValue } from './onet-profile.ts';
export type { OutlookRating } from './outlook-rating.ts';
export { getInterestPages, type InterestPage } from './interest-pages.ts';
