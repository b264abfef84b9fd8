// Step outputs, set in one place from what the engine returned.
import * as core from '@actions/core'
import { Output } from '../constants.js'
import type { RunReport } from '../verdict/report.js'

export function setReportOutputs(report: RunReport, reportFile: string): void {
  core.setOutput(Output.Result, report.result)
  core.setOutput(Output.ExitCode, report.exit_code ?? '')
  core.setOutput(Output.ReportFile, reportFile)
  core.setOutput(Output.TestsTotal, report.tests.total)
  core.setOutput(Output.TestsPassed, report.tests.passed)
  core.setOutput(Output.TestsFailed, report.tests.failed)
  core.setOutput(Output.TestsErrors, report.tests.errors)
  core.setOutput(Output.TestsSkipped, report.tests.skipped)
  core.setOutput(Output.GateStatus, report.gate_status)
  core.setOutput(Output.Coverage, report.coverage.percentage ?? '')
  core.setOutput(Output.CacheHit, report.cache?.hit ? 'true' : 'false')
  core.setOutput(Output.CacheKey, report.cache?.key ?? '')
}
