import {child} from '../../spec/model.js'
import type {Rule} from '../types.js'

// `post` and `patch` are left out: as nouns (a blog post, a software patch) they are common resource names.
const DEFAULT_VERBS = ['get', 'put', 'delete', 'create', 'update', 'remove', 'fetch', 'retrieve', 'modify']

function words(part: string): string[] {
  return part
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[-_\s]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase())
}

const rule: Rule = {
  id: 'path-no-http-verbs',
  category: 'style',
  description:
    'Path segments name resources, not actions: a segment starting with a CRUD verb (`getUser`, `create-order`, `delete`) repeats what the HTTP method says. Option `verbs` replaces the verb list (default get, put, delete, create, update, remove, fetch, retrieve, modify).',
  defaultSeverity: 'warning',
  docs: 'https://spec.openapis.org/oas/v3.1.0#paths-object',
  check(ctx) {
    const option = ctx.options['verbs']
    const verbs = new Set(Array.isArray(option) ? option.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase()) : DEFAULT_VERBS)
    const paths = ctx.index.root['paths']
    if (paths === null || typeof paths !== 'object') return
    const root = {file: ctx.spec.root, pointer: ''}
    for (const p of Object.keys(paths)) {
      if (p.startsWith('x-')) continue
      for (const segment of p.split('/')) {
        // Template expressions are values, and a `:verb` suffix is the custom-method convention (`/things:batchGet`).
        const literal = segment.replace(/\{[^}]*\}/g, ' ').split(':')[0] ?? ''
        const first = words(literal)[0]
        if (first === undefined || !verbs.has(first)) continue
        ctx.report({message: `Path "${p}" has the verb "${first}" in segment "${segment}"; name the resource and let the HTTP method carry the action.`, at: child(root, 'paths', p)})
        break
      }
    }
  },
}
export default rule
