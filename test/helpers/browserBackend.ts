import type vm from 'node:vm';
import { createStubs } from './appsScriptStubs';
import { type MemoryProperties, createMemoryProperties } from './memoryProperties';
import { loadCodeJs } from './codeJs';

/**
 * dist/Code.js loaded like Apps Script with the strict stubs, plus a document property store that
 * enforces Sheets' quotas: enough for the sidebar's own server functions (context, drafts). Building a
 * workbook needs the emulator (see browserEmulator.ts once it lands).
 */
export function stubBackend(options: { locale: string; properties?: MemoryProperties }): {
  scope: vm.Context;
  properties: MemoryProperties;
} {
  const properties = options.properties ?? createMemoryProperties();
  const stubs = createStubs({ authMode: 'FULL', locale: options.locale });
  const scope = loadCodeJs({
    ...stubs.globals,
    PropertiesService: { getDocumentProperties: () => properties },
  });
  return { scope, properties };
}
