export * from './starters';
export {
  exportTemplate,
  importTemplate,
  type ImportTemplateResult,
  TEMPLATE_KIND,
  TEMPLATE_LIMITS,
  TEMPLATE_MAX_BYTES,
  TEMPLATE_VERSION,
  type TemplateFile,
  type TemplateFileInput,
  templateFileSchema,
  type TemplateMeta,
} from './templateFile';
export { formatTemplateProblem, type TemplateProblem } from './problems';
