export type { NameCandidate, Person } from './types';
export { CandidatePool } from './candidate-pool';
export { findNameCandidates } from './candidates';
export { officesFromDelayedLeads } from './delayed-lead';
export { addAlias, editDistance, normaliseName } from './names';
export { PeopleRegistry } from './registry';
export { isCommaThenBlanks, isGradeWord, isPersonNoun } from './words';
