import { createReadStream } from 'node:fs'
import { SummaryBuilder } from './builder.js'
import { resolveLimits } from './limits.js'
import { LineSplitter } from './line.js'
import { DEFAULT_ADDONS_PATHS, makePathMapper } from './paths.js'
import type { OdooLogSummary, ParseOptions } from './types.js'

export type LogInput = AsyncIterable<string | Buffer | Uint8Array> | NodeJS.ReadableStream

/**
 * Parses an Odoo log as it streams in. Memory is bounded by the limits (one line,
 * one open record, capped lists), never by the size of the log.
 */
export async function parseOdooLog(
  input: LogInput,
  options: ParseOptions = {},
): Promise<OdooLogSummary> {
  const limits = resolveLimits(options.limits)
  const builder = new SummaryBuilder(
    limits,
    makePathMapper(options.addonsPaths ?? DEFAULT_ADDONS_PATHS),
    options.ignore ?? [],
  )
  const splitter = new LineSplitter((line) => builder.line(line), limits.maxLineChars)
  for await (const chunk of input as AsyncIterable<string | Buffer | Uint8Array>) {
    splitter.push(chunk)
  }
  splitter.end()
  return builder.finish(splitter.lines, splitter.bytes)
}

/** Parses a log file from disk, streaming it (the file is never read whole). */
export async function parseOdooLogFile(
  path: string,
  options: ParseOptions = {},
): Promise<OdooLogSummary> {
  const stream = createReadStream(path)
  try {
    return await parseOdooLog(stream, options)
  } finally {
    stream.destroy()
  }
}
