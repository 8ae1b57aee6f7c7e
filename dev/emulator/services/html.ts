/** HtmlService: outputs from dist/<name>.html or from a string, with title and size; raw templates from dist/<name>.html. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Wrap } from '../context';
import { errors } from '../errors';

export interface HtmlOutputData {
  content: string;
  title: string;
  width: number;
  height: number;
  file: string | null;
}

export function htmlOutput(data: HtmlOutputData, wrap: Wrap): GoogleAppsScript.HTML.HtmlOutput {
  const self: GoogleAppsScript.HTML.HtmlOutput = wrap(
    {
      _data: data,
      getContent: () => data.content,
      setContent: (c: string) => ((data.content = String(c)), self),
      append: (c: string) => ((data.content += String(c)), self),
      appendUntrusted: (c: string) => (
        (data.content += String(c).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)),
        self
      ),
      clear: () => ((data.content = ''), self),
      getTitle: () => data.title,
      setTitle: (t: string) => ((data.title = String(t)), self),
      getWidth: () => data.width,
      setWidth: (w: number) => ((data.width = w), self),
      getHeight: () => data.height,
      setHeight: (h: number) => ((data.height = h), self),
      setSandboxMode: () => self,
      setXFrameOptionsMode: () => self,
      setFaviconUrl: () => self,
      addMetaTag: () => self,
    },
    'HtmlOutput',
  );
  return self;
}

export function htmlService(htmlDir: string, wrap: Wrap): GoogleAppsScript.HTML.HtmlService {
  return wrap(
    {
      createHtmlOutput: (html?: string) =>
        htmlOutput({ content: html ?? '', title: '', width: 300, height: 300, file: null }, wrap),
      createHtmlOutputFromFile: (filename: string) => {
        const name = filename.endsWith('.html') ? filename : `${filename}.html`;
        const path = join(htmlDir, name);
        if (!existsSync(path)) throw errors.noSuchFile(filename);
        return htmlOutput(
          { content: readFileSync(path, 'utf8'), title: '', width: 300, height: 300, file: filename },
          wrap,
        );
      },
      createTemplateFromFile: (filename: string) => {
        const name = filename.endsWith('.html') ? filename : `${filename}.html`;
        const path = join(htmlDir, name);
        if (!existsSync(path)) throw errors.noSuchFile(filename);
        const raw = readFileSync(path, 'utf8');
        // Enough of HtmlTemplate for reading a data file; evaluate() (scriptlets) is not emulated.
        return wrap<GoogleAppsScript.HTML.HtmlTemplate>({ getRawContent: () => raw }, 'HtmlTemplate');
      },
      SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
      XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    },
    'HtmlService',
  );
}
