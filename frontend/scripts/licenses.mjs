// Writes THIRD_PARTY_LICENSES.txt next to the bundle: name, version and full license text
// of every npm package whose code ends up in gancanvas/app/esm/index.js.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const out = join(root, '..', 'gancanvas', 'app', 'esm', 'THIRD_PARTY_LICENSES.txt')
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
// Walk the runtime dependency tree from package.json's dependencies (peer dependencies such
// as vue are not followed: NiceGUI ships Vue, it is external to the bundle).
const bundled = new Map()
function resolve(name, fromPath) {
  let base = fromPath
  while (true) {
    const candidate = `${base ? base + '/' : ''}node_modules/${name}`
    if (lock.packages[candidate]) return candidate
    if (!base) return null
    const cut = base.lastIndexOf('/node_modules/')
    base = cut < 0 ? '' : base.slice(0, cut)
  }
}
function walk(name, fromPath) {
  const path = resolve(name, fromPath)
  if (!path || bundled.has(path)) return
  bundled.set(path, name)
  for (const dep of Object.keys(lock.packages[path].dependencies || {})) walk(dep, path)
}
for (const dep of Object.keys(lock.packages[''].dependencies)) walk(dep, '')

const done = new Set()
const parts = ['Third-party software bundled in index.js / index.css (built from frontend/).', '']
for (const [path, name] of [...bundled].sort((a, b) => a[1].localeCompare(b[1]))) {
  const dir = join(root, path)
  if (name.startsWith('@types/')) continue
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  if (done.has(`${pkg.name}@${pkg.version}`)) continue
  done.add(`${pkg.name}@${pkg.version}`)
  const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)/i.test(f))
  const text = file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${pkg.license}`
  parts.push('='.repeat(78), `${pkg.name} ${pkg.version} (${pkg.license})`, '-'.repeat(78), text, '')
}
writeFileSync(out, parts.join('\n'))
console.log(`wrote ${out} (${bundled.size} packages)`)
