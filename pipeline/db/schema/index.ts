/** The catalog contract: every table the pipeline writes and `src/lib/catalog` reads. */
export * from './occupations.ts';
export * from './wages.ts';
export * from './projections.ts';
export * from './education.ts';
export * from './meta.ts';
export * from './content.ts';
export * from './crosswalks.ts';
