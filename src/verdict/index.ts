export { decideVerdict, countTests } from './verdict.js'
export { buildReport, withCleanup, formatSummaryLine } from './report.js'
export { describeFailure, failureMessage } from './describe.js'
export type * from './types.js'
export type {
  ReportCleanup,
  ReportCoverage,
  ReportFailure,
  ReportInput,
  ReportLint,
  RunReport,
} from './report.js'
