// Stands in for Node's `stream` in dist/Code.js: Papa Parse requires it only to parse a Node stream
// (Papa.NODE_STREAM_INPUT), which Apps Script never has. scripts/lib/build.ts aliases `stream` here.
export const Duplex = undefined;
