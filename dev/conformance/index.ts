// What scripts/ may use of the conformance suite (ESLint keeps scripts/ out of dev/'s other files): the
// data file the build writes beside dist-conformance/Code.js for CONFORMANCE_RAW() to read back. The
// suite's Apps Script entry is bundled by path (dev/conformance/appsScript/main.ts), not imported.
export { DATA_FILE, DATA_MARKER } from './appsScript/marker';
