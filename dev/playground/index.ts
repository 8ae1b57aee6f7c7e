// What scripts/ may use of the playground (ESLint keeps scripts/ out of dev/'s other files): serve it,
// check that dist/ is fresh, and read dist/.
export { readDist } from './codeJs';
export { staleReason } from './ensureBuilt';
export { type PlaygroundServer, startPlaygroundServer } from './server';
