// Main does nothing but arm the post step (and say what it will check).
const prefix = process.env['INPUT_PROJECT-PREFIX'] ?? ''
console.log(`After the job's other post steps, nothing of prefix "${prefix}" may be left.`)
