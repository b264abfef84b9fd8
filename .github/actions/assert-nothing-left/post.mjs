// Runs after resilient-test-runner's post step: asks Docker, by label and by
// name, for anything of the runs of this job, and fails the job if it finds any.
import { execFileSync } from 'node:child_process'

const prefix = process.env['INPUT_PROJECT-PREFIX'] ?? ''
// Set by the workflow (GITHUB_ENV) from the action's project-name outputs.
const projects = (process.env.RTR_SELF_TEST_PROJECTS ?? '').split(/\s+/).filter(Boolean)

const docker = (args) =>
  execFileSync('docker', args, { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.trim() !== '')

const checks = []
for (const project of projects) {
  const label = `label=com.docker.compose.project=${project}`
  checks.push([
    `containers of ${project}`,
    docker(['ps', '-a', '--filter', label, '--format', '{{.Names}}']),
  ])
  checks.push([
    `networks of ${project}`,
    docker(['network', 'ls', '--filter', label, '--format', '{{.Name}}']),
  ])
  checks.push([
    `volumes of ${project}`,
    docker(['volume', 'ls', '--filter', label, '--format', '{{.Name}}']),
  ])
}
const ours = `label=io.healthrt.rtr.prefix=${prefix}`
checks.push([
  `containers labelled prefix ${prefix}`,
  docker(['ps', '-a', '--filter', ours, '--format', '{{.Names}}']),
])
checks.push([
  `volumes labelled prefix ${prefix}`,
  docker(['volume', 'ls', '--filter', ours, '--format', '{{.Name}}']),
])
checks.push([
  `containers named *${prefix}*`,
  docker(['ps', '-a', '--format', '{{.Names}}']).filter((n) => n.includes(prefix)),
])
checks.push([
  `networks named *${prefix}*`,
  docker(['network', 'ls', '--format', '{{.Name}}']).filter((n) => n.includes(prefix)),
])
checks.push([
  `volumes named *${prefix}*`,
  docker(['volume', 'ls', '--format', '{{.Name}}']).filter((n) => n.includes(prefix)),
])

let left = 0
for (const [what, found] of checks) {
  console.log(`${what}: ${found.length ? found.join(', ') : '(none)'}`)
  left += found.length
}
if (projects.length === 0)
  console.log(
    '::warning::No project names were recorded (RTR_SELF_TEST_PROJECTS is empty): checked by prefix only.',
  )
if (left > 0) {
  console.log(
    `::error::${left} resources of the self-test runs are still there after the post steps.`,
  )
  process.exitCode = 1
} else {
  console.log(`Nothing of prefix ${prefix} is left (${projects.join(', ') || 'no project names'}).`)
}
