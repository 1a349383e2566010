import { describe, expect, it } from 'vitest';
import { atlasConfig } from '../../../../atlas.config.ts';
import { requireRealCatalog } from '../../../../test-support/real-catalog.ts';
import { describeTimeToTrain } from '../../time-to-train.ts';
import { comparablePay, getOccupationPages, type OccupationWages } from '../index.ts';
import { isStepUp, type StepOccupation } from '../next-steps.ts';

process.env.ATLAS_CATALOG = requireRealCatalog();

const pages = new Map(getOccupationPages().map((p) => [p.code, p]));

describe('the answers an occupation page leads with, on the real catalog', () => {
  it('gives nursing assistants the region’s median pay, time to train and an outlook word', () => {
    const na = pages.get('31-1131.00')!;
    expect(na.pay?.area.areaName).toBe(atlasConfig.region.msa.name);
    expect(na.pay?.fallback).toBe('none');
    expect(na.pay?.median).toBeGreaterThan(20_000);
    expect(na.timeToTrain?.label).toMatch(/^Postsecondary nondegree award/);
    expect(['Bright', 'Average', 'Below average']).toContain(na.outlookRating?.word);
  });

  it('names the wider area when the metro publishes no median', () => {
    const fallbacks = [...pages.values()].filter((p) => p.pay && p.pay.area.areaType !== 'msa');
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const p of fallbacks) expect(p.pay!.area.areaName).not.toBe(atlasConfig.region.msa.name);
  });

  it('reaches licensed practical nurses from nursing assistants as a step up, with the region’s pay', () => {
    const na = pages.get('31-1131.00')!;
    const lpn = na.nextSteps.stepUp.find((s) => s.code === '29-2061.00');
    expect(lpn?.pay?.area.areaName).toBe(atlasConfig.region.msa.name);
    expect(comparablePay(lpn!.pay)!).toBeGreaterThan(comparablePay(na.pay)!);
    expect(na.nextSteps.related.slice(0, 5).map((s) => s.code)).toContain('29-2061.00');
    expect(na.nextSteps.stepUp.map((s) => s.code)).not.toContain('29-1141.00');
  });

  it('shows interests, work styles, work values and detailed work activities from the release files', () => {
    const electricians = pages.get('47-2111.00')!;
    expect(electricians.interests?.highPoints[0].id).toBe('realistic');
    expect(electricians.workStyles.length).toBeGreaterThan(5);
    expect(electricians.workValues.map((v) => v.name)).toContain('Independence');
    expect(electricians.activities.length).toBeGreaterThan(5);
  });
});

describe('isStepUp', () => {
  const step = (annual: number, education: string): StepOccupation => ({
    code: 'x',
    title: 'x',
    programs: 0,
    timeToTrain: describeTimeToTrain(education, null),
    pay: { median: annual, topCoded: false, unit: 'annual', area: { areaType: 'msa', areaCode: '1', areaName: 'A' }, year: 2025, fallback: 'none', wages: {} as OccupationWages },
  });

  it('takes more pay for at most about two more years of training, never a marginal raise or a long road', () => {
    expect(isStepUp(step(37_000, 'Postsecondary nondegree award'), step(62_000, 'Postsecondary nondegree award'))).toBe(true);
    expect(isStepUp(step(37_000, 'Postsecondary nondegree award'), step(85_000, "Bachelor's degree"))).toBe(false);
    expect(isStepUp(step(37_000, 'Postsecondary nondegree award'), step(37_500, 'Postsecondary nondegree award'))).toBe(false);
    expect(isStepUp(step(62_000, 'Postsecondary nondegree award'), step(37_000, 'Postsecondary nondegree award'))).toBe(false);
  });
});
