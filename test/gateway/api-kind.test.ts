import {describe, expect, it} from 'vitest'
import {emptyConfig} from '../../src/lib/config/config.js'
import {apiKind, declaredKind, hasHttpApiMarkers, restEndpointType, targetsHttp, targetsRest} from '../../src/lib/gateway/api-kind.js'
import type {SpecIndex} from '../../src/lib/spec/model.js'

const ctx = (root: Record<string, unknown>, edit?: (c: ReturnType<typeof emptyConfig>) => void) => {
  const config = emptyConfig('/')
  edit?.(config)
  return {config, index: {root} as unknown as SpecIndex}
}

describe('api-kind', () => {
  it('reads api.type first, then a single gateway preset in extends', () => {
    expect(declaredKind(ctx({}, (c) => (c.api.type = 'http')))).toBe('http')
    expect(declaredKind(ctx({}, (c) => (c.lint.extends = ['recommended', 'gateway-http'])))).toBe('http')
    expect(declaredKind(ctx({}, (c) => (c.lint.extends = ['gateway-rest', 'gateway-http'])))).toBeUndefined()
    expect(declaredKind(ctx({}))).toBeUndefined()
  })
  it('recognises HTTP API definitions by their markers', () => {
    expect(hasHttpApiMarkers({'x-amazon-apigateway-importexport-version': '1.0'})).toBe(true)
    expect(hasHttpApiMarkers({components: {'x-amazon-apigateway-integrations': {}}})).toBe(true)
    expect(hasHttpApiMarkers({openapi: '3.0.1'})).toBe(false)
  })
  it('REST-only rules run when nothing is declared; HTTP-only rules need a declaration or markers', () => {
    const plain = ctx({})
    const exported = ctx({'x-amazon-apigateway-cors': {}})
    expect([targetsRest(plain), targetsHttp(plain), apiKind(plain)]).toEqual([true, false, 'rest'])
    expect([targetsRest(exported), targetsHttp(exported), apiKind(exported)]).toEqual([true, true, 'http'])
    const rest = ctx({'x-amazon-apigateway-cors': {}}, (c) => (c.api.type = 'rest'))
    expect([targetsHttp(rest), apiKind(rest)]).toEqual([false, 'rest'])
  })
  it('defaults the REST endpoint type to EDGE', () => {
    expect(restEndpointType(ctx({}))).toBe('EDGE')
    expect(restEndpointType(ctx({}, (c) => (c.api.endpointType = 'PRIVATE')))).toBe('PRIVATE')
  })
})
