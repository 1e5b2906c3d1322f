import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {apix, REPO, SHARED} from '../../helpers/cli.js'

const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas/diff-output.schema.json'), 'utf8')) as object
const validate = new Ajv({allErrors: true, strict: true}).compile(schema)
const pair = path.join(SHARED, 'evolution/02-openai-2023-engines-answers-removed')

describe.skipIf(!existsSync(pair))('apix diff --format json matches schemas/diff-output.schema.json', () => {
  it('on a real version pair with every kind of change', async () => {
    const r = await apix(['diff', path.join(pair, 'old.openapi.yaml'), path.join(pair, 'new.openapi.yaml'), '--format', 'json'])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout) as {changes: Array<{severity: string; base: unknown; revision: unknown}>}
    expect(validate(out), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(out.changes.length).toBeGreaterThan(50)
    expect(out.changes.some((c) => c.base === null)).toBe(true)
    expect(out.changes.some((c) => c.revision === null)).toBe(true)
  })
})
