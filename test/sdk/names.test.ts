import {describe, expect, it} from 'vitest'
import {
  IdentifierAllocator,
  RESERVED_WORDS,
  camelCase,
  isSafeIdentifier,
  npmNameFromTitle,
  npmNameProblem,
  pascalCase,
  splitWords,
  toIdentifier,
} from '../../src/lib/sdk/names.js'

describe('splitWords', () => {
  it.each([
    ['listPets', ['list', 'Pets']],
    ['list-pets', ['list', 'pets']],
    ['list_pets', ['list', 'pets']],
    ['repos/list-for-org', ['repos', 'list', 'for', 'org']],
    ['HTTPStatus', ['HTTP', 'Status']],
    ['getHTTPStatus2', ['get', 'HTTP', 'Status2']],
    ['v2Users', ['v2', 'Users']],
    ['  ', []],
    ['*/', []],
  ])('%j -> %j', (raw, words) => {
    expect(splitWords(raw).words).toEqual(words)
  })

  it('folds accents and notes other non-ASCII letters', () => {
    expect(splitWords('café')).toEqual({words: ['cafe'], droppedNonAscii: false})
    expect(splitWords('pet日本store')).toEqual({words: ['pet', 'store'], droppedNonAscii: true})
  })
})

describe('camelCase and pascalCase', () => {
  it.each([
    ['listPets', 'listPets', 'ListPets'],
    ['ListPets', 'listPets', 'ListPets'],
    ['list_pets', 'listPets', 'ListPets'],
    ['LIST_PETS', 'listPets', 'ListPets'],
    ['GetHTTPStatus', 'getHttpStatus', 'GetHttpStatus'],
    ['PostAccountsAccountBankAccounts', 'postAccountsAccountBankAccounts', 'PostAccountsAccountBankAccounts'],
    ['X-Request-ID', 'xRequestId', 'XRequestId'],
    ['expand[]', 'expand', 'Expand'],
    ['created[gt]', 'createdGt', 'CreatedGt'],
    ['1st', '1st', '1st'],
    ['', '', ''],
  ])('%j -> %j / %j', (raw, camel, pascal) => {
    expect(camelCase(raw)).toBe(camel)
    expect(pascalCase(raw)).toBe(pascal)
  })
})

describe('toIdentifier', () => {
  it.each([
    // [raw, identifier, reasons]
    ['listPets', 'listPets', []],
    ['constructor', 'constructor_', ['reserved']],
    ['__proto__', 'proto', []],
    ['prototype', 'prototype_', ['reserved']],
    ['class', 'class_', ['reserved']],
    ['Class', 'class_', ['reserved']],
    ['def', 'def_', ['reserved']],
    ['None', 'none', []],
    ['self', 'self_', ['reserved']],
    ['delete', 'delete_', ['reserved']],
    ['package', 'package_', ['reserved']],
    ['type', 'type', []],
    ['then', 'then_', ['reserved']],
    ['to-string', 'toString_', ['reserved']],
    ['1st', '_1st', ['digit']],
    ['2fa-enable', '_2faEnable', ['digit']],
    ['*/', 'fallbackName', ['no letters']],
    ['*/ alert(1) /*', 'alert1', []],
    ['a"b\'c\\d', 'aBCD', []],
    ['"; rm -rf / #', 'rmRf', []],
    ['café', 'cafe', []],
    ['日本', 'fallbackName', ['non-ASCII', 'no letters']],
    ['pet日本store', 'petStore', ['non-ASCII']],
    ['ｆｕｌｌｗｉｄｔｈ', 'fullwidth', []],
  ])('%j -> %j', (raw, identifier, reasons) => {
    const got = toIdentifier(raw, {fallback: 'fallback name'})
    expect(got.identifier).toBe(identifier)
    expect(got.reasons).toHaveLength(reasons.length)
    reasons.forEach((r, i) => expect(got.reasons[i]).toContain(r === 'reserved' ? 'reserved word' : r === 'digit' ? 'starts with a digit' : r))
    expect(isSafeIdentifier(got.identifier)).toBe(true)
    // A second pass keeps it (`class_` -> `class_`, `_1st` -> `_1st`), except that runs of capitals read as an acronym.
    const again = toIdentifier(got.identifier, {fallback: 'x'}).identifier
    if (/[A-Z]{2}/.test(got.identifier)) expect(isSafeIdentifier(again)).toBe(true)
    else expect(again).toBe(got.identifier)
  })

  it('prefix a leading digit with what the caller asks (Python methods: a letter, not a private `_`)', () => {
    expect(toIdentifier('4oD feed', {fallback: 'x', digitPrefix: 'op'})).toEqual({identifier: 'op4oDFeed', reasons: ['starts with a digit']})
    expect(toIdentifier('feed', {fallback: 'x', digitPrefix: 'op'}).identifier).toBe('feed')
  })

  it('PascalCase for type-like names', () => {
    expect(toIdentifier('swagger petstore', {style: 'pascal', fallback: 'api'}).identifier).toBe('SwaggerPetstore')
    expect(toIdentifier('none', {style: 'pascal', fallback: 'api'}).identifier).toBe('None_')
    expect(toIdentifier('***', {style: 'pascal', fallback: 'api'}).identifier).toBe('Api')
  })
})

describe('isSafeIdentifier', () => {
  it.each([
    ['listPets', true],
    ['_1st', true],
    ['1st', false],
    ['class', false],
    ['None', false],
    ['a$b', false],
    ['__proto__', false],
    ['__init', false],
    ['café', false],
    ['', false],
  ])('%j -> %j', (s, ok) => expect(isSafeIdentifier(s)).toBe(ok))

  it('reserves the keywords of both languages', () => {
    for (const w of ['class', 'function', 'let', 'yield', 'await', 'def', 'lambda', 'None', 'True', 'nonlocal', 'constructor']) expect(RESERVED_WORDS.has(w)).toBe(true)
  })
})

describe('IdentifierAllocator', () => {
  it('suffixes 2, 3... in the order asked, without case', () => {
    const a = new IdentifierAllocator()
    expect(['getPet', 'getPet', 'GetPet', 'getPet'].map((n) => a.claim(n))).toEqual(['getPet', 'getPet2', 'GetPet3', 'getPet4'])
  })

  it('skips names already taken, and separates a trailing digit', () => {
    const a = new IdentifierAllocator(['request', 'listPets2'])
    expect(a.claim('request')).toBe('request2')
    expect(a.claim('listPets')).toBe('listPets')
    expect(a.claim('listPets')).toBe('listPets3')
    expect(a.claim('v2')).toBe('v2')
    expect(a.claim('v2')).toBe('v2_2')
  })
})

describe('npm names', () => {
  it.each([
    ['Swagger Petstore - OpenAPI 3.0', 'swagger-petstore-openapi-3.0'],
    ['GitHub v3 REST API', 'github-v3-rest-api'],
    ['  Ünïcödé API  ', 'unicode-api'],
    ['_private', 'private'],
    ['HTTP', 'http-client'],
    ['node_modules', 'node_modules-client'],
    ['日本', 'api-client'],
    ['', 'api-client'],
    ['x'.repeat(300), 'x'.repeat(214)],
  ])('%j -> %j', (title, name) => {
    expect(npmNameFromTitle(title)).toBe(name)
    expect(npmNameProblem(npmNameFromTitle(title))).toBeUndefined()
  })

  it.each([
    ['@acme/pets-client', undefined],
    ['pets', undefined],
    ['Pets', 'lower case'],
    ['.pets', 'lower case'],
    ['pets client', 'lower case'],
    ['@acme/', 'lower case'],
    ['fs', 'core module'],
    ['', 'empty'],
  ])('%j: %j', (name, problem) => {
    if (problem === undefined) expect(npmNameProblem(name)).toBeUndefined()
    else expect(npmNameProblem(name)).toContain(problem)
  })
})
