// One run's use of the template cache. `start` is called as `up` begins:
// with the service's facts read from its image meanwhile (service-facts.ts)
// it works out the key, then on a hit restores the template into the run's
// database as soon as Postgres answers, on a miss installs the dependencies
// (no tests) into it once Odoo's container runs, dumps them and saves the
// entry. `ready` is awaited just before the tests; the save goes on during
// the tests and `finish` waits for it. A cache problem is a warning and a run
// as without cache; only a dependency error (an addon found nowhere, not
// installable, a cycle) stops the run, before any test.
import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ComposeTarget } from '../compose/compose.js'
import type { ComposeModel } from '../compose/config.js'
import type { Settings } from '../config/settings.js'
import type { EngineDeps } from '../engine/deps.js'
import { InputError } from '../errors.js'
import type { ReportCache } from '../verdict/report.js'
import * as db from './database.js'
import { planTemplate, type TemplatePlan } from './plan.js'
import { checkSameImage, factsBeforeUp, runningFacts, type ServiceFacts } from './service-facts.js'
import { restoreEntry } from './template-restore.js'
import { serviceRunning } from './container-io.js'
import { buildEntry } from './template-build.js'
import { formatSize, seconds } from './size.js'
import { verifyEntry, type TemplateStore } from './store.js'

export interface TemplateStart {
  target: ComposeTarget
  model: ComposeModel
  /** The run's database: the one the test command uses. */
  database: string
  /** Odoo's argv of the test command (after `odoo`): its database options are repeated. */
  odooArgs: string[]
  /** The HTTP port the install's Odoo listens on (the service's own is taken). */
  httpPort: number
  /** Settles when `compose up` has started the project; absent: it is up already. */
  up?: Promise<void>
}

interface Outcome {
  report: ReportCache
  saving?: Promise<void>
  fatal?: Error
}

export class TemplateRun {
  private work: Promise<Outcome> | undefined
  private dir: string | undefined
  /** Where the cache works, once it touches the run's database. */
  private place: db.DbPlace | undefined
  /** The run ended before the tests (`up` or health failed): nothing more to say. */
  private abandoned = false

  constructor(
    private readonly settings: Settings,
    private readonly deps: EngineDeps,
    private readonly store: TemplateStore | null,
    private readonly why: string | null,
  ) {}

  private notUsed(why: string, plan?: TemplatePlan): Outcome {
    return {
      report: {
        key: plan?.key ?? null,
        hit: false,
        store: null,
        restore_ms: null,
        build_ms: null,
        size: null,
        modules: plan?.modules ?? [],
        note: why,
      },
    }
  }

  /** Starts in the background; never rejects (see ready). */
  start(s: TemplateStart): void {
    if (this.work) return
    this.work = this.store
      ? this.run(this.store, s).catch(async (e: Error) => {
          if (e instanceof InputError) return { ...this.notUsed(e.message), fatal: e }
          if (this.abandoned) return this.notUsed(`not used: ${e.message}`)
          this.deps.reporter.warning(`Template cache: ${e.message}; running without it.`)
          // Without it means from nothing: a half-built or half-restored
          // database left in place would be tested as if it were Odoo's own.
          const gone = await this.discard()
          if (gone) return { ...this.notUsed(`not used: ${e.message}`), fatal: gone }
          return this.notUsed(`not used: ${e.message}`)
        })
      : Promise.resolve(this.notUsed(this.why ?? 'off'))
    if (!this.store) this.deps.reporter.info(`Template cache: ${this.why ?? 'off'}.`)
  }

  /** Drops what the cache put in the run's database; an Error when it could not. */
  private async discard(): Promise<Error | undefined> {
    if (!this.place) return undefined
    try {
      await db.dropDatabase(this.place)
      return undefined
    } catch (e) {
      return new Error(
        `Template cache: the run's database ${this.place.database} could not be removed after the cache failed (${(e as Error).message}); the tests would run on a partial database, so the run stops.`,
      )
    }
  }

  /**
   * The project failed before the tests and is torn down: the cache's work
   * fails with it, quietly (its errors would only repeat that failure).
   */
  abandon(): void {
    this.abandoned = true
  }

  /** The run's database is ready for the tests (or the cache stepped aside); throws a dependency error. */
  async ready(): Promise<void> {
    const outcome = await this.work
    if (outcome?.fatal) throw outcome.fatal
  }

  /** After the tests: waits for the save and cleans up; what the report says. */
  async finish(): Promise<ReportCache | undefined> {
    const outcome = await this.work
    await outcome?.saving
    if (this.dir) await rm(this.dir, { recursive: true, force: true }).catch(() => undefined)
    return outcome?.report
  }

  private async run(store: TemplateStore, s: TemplateStart): Promise<Outcome> {
    const { reporter } = this.deps
    const up = s.up ?? Promise.resolve()
    const service = this.settings.service
    const early = s.up
      ? await factsBeforeUp(this.deps.docker, s.model, service, s.target)
      : undefined
    const facts: ServiceFacts = early ?? (await up.then(() => runningFacts(s.target, service)))
    const planned = await planTemplate(
      s.model,
      this.settings.service,
      this.settings.modules,
      s.odooArgs,
      facts,
    )
    if (!planned.plan) {
      reporter.info(`Template cache: ${planned.why}.`)
      return this.notUsed(planned.why)
    }
    const plan = planned.plan
    reporter.info(
      `Template cache: key ${plan.key} (${plan.modules.length} modules: ${plan.modules.join(', ')}; ${store.kind} store).`,
    )
    const warn = (m: string) => reporter.warning(`Template cache: ${m}`)
    this.dir = await mkdtemp(join(this.deps.tempDir, 'rtr-entry-'))
    const place: db.DbPlace = {
      target: s.target,
      dbService: plan.dbService,
      service: this.settings.service,
      role: plan.role,
      database: s.database,
      timeoutMs: this.settings.healthTimeoutMs + this.settings.testTimeoutMs,
    }
    this.place = place
    const base = { key: plan.key, store: store.kind, modules: plan.modules, note: null }
    const t0 = Date.now()
    if (await store.restore(plan.key, this.dir, warn)) {
      const checked = await verifyEntry(this.dir, plan.key)
      if (!checked.ok) warn(`the restored entry is unusable (${checked.reason}); building anew.`)
      else {
        try {
          const sameImage = up.then(() => checkSameImage(s.target, service, early))
          await restoreEntry({ place, docker: this.deps.docker, up, sameImage, dir: this.dir })
          const ms = Date.now() - t0
          const size = checked.manifest.dump.bytes + checked.manifest.filestore.bytes
          reporter.info(
            `Template cache: hit; restored ${formatSize(size)} into ${s.database} in ${seconds(ms)}.`,
          )
          return { report: { ...base, hit: true, restore_ms: ms, build_ms: null, size } }
        } catch (e) {
          warn(`restoring the entry failed (${(e as Error).message}); building anew.`)
          // A database that cannot be dropped stops the run (start's catch).
          await db.dropDatabase(place)
        }
      }
    }
    // The database is created as soon as Postgres answers; the install runs
    // in Odoo's container, which must be up and run the image of the key.
    const created = serviceRunning(this.deps.docker, s.target.project, plan.dbService, up).then(
      () => db.createHiddenDatabase(place),
    )
    const halves = await Promise.allSettled([
      created,
      up.then(() => checkSameImage(s.target, service, early)),
    ])
    for (const h of halves) if (h.status === 'rejected') throw h.reason
    return buildEntry(this.deps, this.settings, store, base, {
      plan,
      place,
      httpPort: s.httpPort,
      dir: this.dir,
    })
  }
}
