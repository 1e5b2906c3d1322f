// parseConfig on its own (no loadConfig, so nothing loaded the validator beforehand): other parts build configs
// from text this way.
import {describe, expect, it} from 'vitest'
import {parseConfig} from '../../src/lib/config/config.js'
import {ApixError} from '../../src/lib/errors.js'
import {DEFAULT_LIMITS} from '../../src/lib/spec/limits.js'
import {SourceFile} from '../../src/lib/spec/source-file.js'

const parse = async (text: string) => parseConfig(await SourceFile.parse('/x/apix.config.yaml', 'apix.config.yaml', text, DEFAULT_LIMITS), '/x', {env: {HOST: 'api.example.com'}})

describe('parseConfig', () => {
  it('validates and fills the typed sections without loadConfig', async () => {
    const config = await parse('stages:\n  prod:\n    variables: {host: "${env:HOST}"}\n')
    expect(config.gateway.stages).toEqual({prod: {variables: {host: 'api.example.com'}}})
    expect(config.dir).toBe('/x')
    const error = await parse('stages:\n  prod:\n    variabels: {}\n').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApixError)
    expect((error as ApixError).toLine()).toBe('apix.config.yaml:3:5: unknown key `stages.prod.variabels` (did you mean variables?)')
  })
})
