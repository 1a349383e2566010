/**
 * Whole-word phrase matching on lowercase text, shared by the word tables (job-ad noise, employers'
 * jargon, employers' industries, lay job names, school levels): one rule for what a "whole word" is.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrases as regex alternatives, longest first so that "front end lead" wins over "front end". */
export const alternatives = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A pattern for whole-word phrases in lowercase text, longest first. */
export const phrasePattern = (phrases: readonly string[]) => new RegExp(`(?<![a-z0-9])(?:${alternatives(phrases)})(?![a-z0-9])`, 'g');
