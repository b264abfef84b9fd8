export { decideVerdict, countTests } from './verdict.js'
export { buildReport, withCleanup, formatSummaryLine } from './report.js'
export { describeFailure, failureMessage } from './describe.js'
export { describeSkipGroups } from './skips.js'
export type * from './types.js'
export type {
  ReportCleanup,
  ReportCoverage,
  ReportFailure,
  ReportInput,
  ReportLint,
  ReportSkip,
  RunReport,
} from './report.js'
