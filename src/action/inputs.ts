// The one place the action reads its inputs and environment. Validation is in
// config/parse.ts, shared with the CLI.
import { existsSync } from 'node:fs'
import * as core from '@actions/core'
import { Input } from '../constants.js'
import type { RawSettings, SettingsContext } from '../config/settings.js'
import type { RunIds } from '../engine/run.js'

export function readRawInputs(): RawSettings {
  const get = (name: string) => core.getInput(name)
  return {
    module: get(Input.Module),
    projectPrefix: get(Input.ProjectPrefix),
    composeFile: get(Input.ComposeFile),
    workingDirectory: get(Input.WorkingDirectory),
    service: get(Input.Service),
    portRange: get(Input.PortRange),
    portWaitTimeout: get(Input.PortWaitTimeout),
    reapAfter: get(Input.ReapAfter),
    healthTimeout: get(Input.HealthTimeout),
    healthStartInterval: get(Input.HealthStartInterval),
    testTimeout: get(Input.TestTimeout),
    testCommand: get(Input.TestCommand),
    logFile: get(Input.LogFile),
    downTimeout: get(Input.DownTimeout),
    logIgnore: core.getMultilineInput(Input.LogIgnore).join('\n'),
    strictLog: get(Input.StrictLog),
    lintCommand: get(Input.LintCommand),
    lintIn: get(Input.LintIn),
    coverage: get(Input.Coverage),
    coverageThreshold: get(Input.CoverageThreshold),
    junitPath: get(Input.JunitPath),
    cache: get(Input.Cache),
    cacheDir: get(Input.CacheDir),
    cacheMaxSize: get(Input.CacheMaxSize),
  }
}

export function actionContext(env: NodeJS.ProcessEnv = process.env): SettingsContext {
  return {
    repository: env.GITHUB_REPOSITORY,
    baseDirectory: env.GITHUB_WORKSPACE || process.cwd(),
    fileExists: existsSync,
  }
}

export function actionRunIds(env: NodeJS.ProcessEnv = process.env): RunIds {
  return {
    runId: env.GITHUB_RUN_ID || 'local',
    attempt: env.GITHUB_RUN_ATTEMPT || '1',
    repository: env.GITHUB_REPOSITORY,
    // The job outlives main (later steps, then post): the worker owns the run.
    ownerPid: process.ppid,
  }
}
