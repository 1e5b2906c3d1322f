import {describe, expect, it} from 'vitest'
import {PythonTypes, pyHint, type PyModelDef} from '../../src/lib/sdk/python-types.js'

// The Python SDK's type hints and models (models.pyi), from a document written for each case. The generated package is
// type-checked under pyright in python.test.ts; these pin down what each kind of schema becomes.

const doc = (schemas: Record<string, unknown>, paths: Record<string, unknown> = {}) => ({openapi: '3.0.3', info: {title: 't', version: '1'}, paths, components: {schemas}})
const model = (types: PythonTypes, name: string): PyModelDef | undefined => types.models().find((m) => m.name === name)
const fields = (types: PythonTypes, name: string) => {
  const m = model(types, name)
  if (m?.kind !== 'typeddict') throw new Error(`${name} is not a TypedDict: ${JSON.stringify(m)}`)
  return Object.fromEntries(m.fields.map((f) => [f.key, f.hint]))
}
const alias = (types: PythonTypes, name: string) => {
  const m = model(types, name)
  if (m?.kind !== 'alias') throw new Error(`${name} is not an alias: ${JSON.stringify(m)}`)
  return m.hint
}

describe('PythonTypes', () => {
  it('makes an object schema a TypedDict, one for responses and one for requests when it has readOnly or writeOnly properties', () => {
    const types = new PythonTypes(
      doc({
        Pet: {
          type: 'object',
          required: ['id', 'name', 'secret'],
          properties: {
            id: {type: 'integer', readOnly: true},
            name: {type: 'string', description: 'Its name.'},
            secret: {type: 'string', writeOnly: true},
            tags: {type: 'array', items: {type: 'string'}},
            kind: {type: 'string', enum: ['cat', 'dog']},
            'x-odd key': {type: 'number', nullable: true},
            photo: {type: 'string', format: 'binary'},
          },
        },
      }),
      [],
    )
    // Responses: readOnly properties are there (required ones Required), writeOnly ones are not.
    expect(fields(types, 'Pet')).toEqual({
      id: 'Required[int]',
      name: 'Required[str]',
      tags: 'List[str]',
      kind: 'Literal["cat", "dog"]',
      'x-odd key': 'Optional[float]',
      photo: 'bytes',
    })
    expect(Object.keys(fields(types, 'PetInput'))).toEqual(['name', 'secret', 'tags', 'kind', 'x-odd key', 'photo'])
    expect(fields(types, 'PetInput')['secret']).toBe('Required[str]')
    expect((model(types, 'Pet') as Extract<PyModelDef, {kind: 'typeddict'}>).fields[1]!.description).toBe('Its name.')
  })

  it('gives request variants to the schemas that reach readOnly or writeOnly through $refs, and only to them', () => {
    const types = new PythonTypes(
      doc({
        Owner: {type: 'object', required: ['id'], properties: {id: {type: 'string', readOnly: true}, name: {type: 'string'}}},
        Pet: {type: 'object', properties: {owner: {$ref: '#/components/schemas/Owner'}, tag: {$ref: '#/components/schemas/Tag'}, history: {type: 'array', items: {type: 'object', properties: {by: {$ref: '#/components/schemas/Owner'}}}}}},
        Tag: {type: 'object', properties: {label: {type: 'string'}}},
        PetInput: {type: 'string'},
      }),
      [],
    )
    expect(types.models().map((m) => m.name)).toEqual(['Owner', 'Pet', 'PetHistoryItem', 'Tag', 'PetInput', 'OwnerInput', 'PetInput2', 'PetInput2HistoryItem'])
    expect(fields(types, 'Pet')).toEqual({owner: 'Owner', tag: 'Tag', history: 'List[PetHistoryItem]'})
    expect(fields(types, 'PetInput2')).toEqual({owner: 'OwnerInput', tag: 'Tag', history: 'List[PetInput2HistoryItem]'})
    expect(fields(types, 'PetInput2HistoryItem')).toEqual({by: 'OwnerInput'})
    expect(fields(types, 'OwnerInput')).toEqual({name: 'str'})
    expect(alias(types, 'PetInput')).toBe('str')
  })

  it('flattens allOf of objects; an alias for a pure $ref, a map, an enum, a union, an open object; a TypedDict for a union of constraints', () => {
    const types = new PythonTypes(
      doc({
        Base: {type: 'object', required: ['id'], properties: {id: {type: 'string'}}},
        Dog: {allOf: [{$ref: '#/components/schemas/Base'}, {type: 'object', properties: {bark: {type: 'boolean'}}}], required: ['bark']},
        Hound: {$ref: '#/components/schemas/Dog'},
        Labels: {type: 'object', additionalProperties: {type: 'string'}},
        Open: {type: 'object', properties: {a: {type: 'string'}}, additionalProperties: true},
        Status: {type: 'string', enum: ['on', 'off', null], nullable: true},
        Animal: {oneOf: [{$ref: '#/components/schemas/Dog'}, {$ref: '#/components/schemas/Base'}]},
        // Members that only constrain leave the schema's own type: its properties, each optional.
        Either: {type: 'object', properties: {a: {type: 'string'}, b: {type: 'string'}}, oneOf: [{required: ['a']}, {required: ['b']}]},
        Many: {type: ['string', 'integer', 'null']},
        Empty: {type: 'object', properties: {}},
        // A TypedDict cannot have an empty key.
        EmptyKey: {type: 'object', properties: {'': {type: 'string'}, a: {type: 'string'}}},
        Anything: {},
      }),
      [],
    )
    expect(fields(types, 'Dog')).toEqual({bark: 'Required[bool]', id: 'Required[str]'})
    expect(alias(types, 'Hound')).toBe('Dog')
    expect(alias(types, 'Labels')).toBe('Dict[str, str]')
    expect(alias(types, 'Open')).toBe('Dict[str, Any]')
    expect(alias(types, 'Status')).toBe('Optional[Literal["on", "off"]]')
    expect(alias(types, 'Animal')).toBe('Union[Dog, Base]')
    expect(fields(types, 'Either')).toEqual({a: 'str', b: 'str'})
    expect(alias(types, 'Many')).toBe('Optional[Union[str, int]]')
    expect(alias(types, 'Empty')).toBe('Dict[str, Any]')
    expect(alias(types, 'EmptyKey')).toBe('Dict[str, Any]')
    expect(alias(types, 'Anything')).toBe('Any')
  })

  it("types a discriminated union's members by their discriminator values, so that pyright narrows by it", () => {
    const types = new PythonTypes(
      doc({
        // The union form: a mapping by $ref and by name, a member not in the mapping (its name), two values for one.
        Pet: {
          oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}, {$ref: '#/components/schemas/Bird'}, {$ref: '#/components/schemas/Fish'}],
          discriminator: {propertyName: 'kind', mapping: {cat: '#/components/schemas/Cat', dog: 'Dog', doggo: '#/components/schemas/Dog', fish: './fish.yaml'}},
        },
        Cat: {type: 'object', required: ['kind'], properties: {kind: {type: 'string', description: 'What it is.'}, meows: {type: 'boolean'}}},
        // A mapping that names it wins over its own enum.
        Dog: {type: 'object', properties: {kind: {type: 'string', enum: ['dog', 'doggo', 'canine']}, barks: {type: 'boolean'}}},
        // It does not declare the discriminator: it is still sent.
        Bird: {type: 'object', properties: {wings: {type: 'integer'}}},
        // Its own enum stands where no mapping names it (OpenAI's members: the API sends the value, not the name).
        Fish: {type: 'object', properties: {kind: {type: 'string', enum: ['fish.salmon']}}},
        // The inheritance form: the base holds the discriminator, the components that allOf it are its members.
        Vehicle: {type: 'object', required: ['type'], properties: {type: {type: 'string'}}, discriminator: {propertyName: 'type', mapping: {bike: '#/components/schemas/Bike'}}},
        Bike: {allOf: [{$ref: '#/components/schemas/Vehicle'}, {type: 'object', properties: {gears: {type: 'integer'}}}]},
        Car: {allOf: [{$ref: '#/components/schemas/Vehicle'}, {type: 'object', properties: {doors: {type: 'integer'}}}]},
        // Inline members have no name to take: unchanged.
        Shape: {oneOf: [{type: 'object', properties: {sides: {type: 'integer'}}}], discriminator: {propertyName: 'sides'}},
      }),
      [],
    )
    expect(alias(types, 'Pet')).toBe('Union[Cat, Dog, Bird, Fish]')
    expect(fields(types, 'Fish')).toEqual({kind: 'Required[Literal["fish.salmon"]]'})
    expect(fields(types, 'Cat')).toEqual({kind: 'Required[Literal["cat"]]', meows: 'bool'})
    expect((model(types, 'Cat') as Extract<PyModelDef, {kind: 'typeddict'}>).fields[0]!.description).toBe('What it is.')
    expect(fields(types, 'Dog')).toEqual({kind: 'Required[Literal["dog", "doggo"]]', barks: 'bool'})
    expect(fields(types, 'Bird')).toEqual({wings: 'int', kind: 'Required[Literal["Bird"]]'})
    expect(fields(types, 'Vehicle')).toEqual({type: 'Required[str]'})
    expect(fields(types, 'Bike')).toEqual({type: 'Required[Literal["bike"]]', gears: 'int'})
    expect(fields(types, 'Car')).toEqual({type: 'Required[Literal["Car"]]', doors: 'int'})
    expect(alias(types, 'Shape')).toBe('ShapeOption1')
    expect(fields(types, 'ShapeOption1')).toEqual({sides: 'int'})
  })

  it('names inline objects after where they are: the operation, then the property or the items', () => {
    const document = doc(
      {Owner: {type: 'object', properties: {address: {type: 'object', properties: {city: {type: 'string'}}}, pets: {type: 'array', items: {type: 'object', properties: {name: {type: 'string'}}}}}}},
      {},
    )
    const body = {type: 'object', required: ['owner'], properties: {owner: {$ref: '#/components/schemas/Owner'}, note: {type: 'object', properties: {text: {type: 'string'}}}}}
    ;(document.paths as Record<string, unknown>)['/x'] = {post: {requestBody: {content: {'application/json': {schema: body}}}, responses: {'200': {description: 'ok'}}}}
    const types = new PythonTypes(document, [{pointer: '/paths/~1x/post/requestBody/content/application~1json/schema', name: 'CreateXBody', mode: 'write'}])
    expect(fields(types, 'Owner')).toEqual({address: 'OwnerAddress', pets: 'List[OwnerPetsItem]'})
    expect(fields(types, 'OwnerAddress')).toEqual({city: 'str'})
    expect(fields(types, 'CreateXBody')).toEqual({owner: 'Required[Owner]', note: 'CreateXBodyNote'})
    // In client.py, models are named through their module.
    expect(types.hint('/paths/~1x/post/requestBody/content/application~1json/schema', {qualify: true, mode: 'read'})).toBe('models.CreateXBody')
    expect(types.models().map((m) => m.name)).toEqual(['Owner', 'OwnerAddress', 'OwnerPetsItem', 'CreateXBody', 'CreateXBodyNote'])
  })

  it('gives every model a free identifier: PascalCase, typing names and keywords avoided, collisions numbered, no leading _ (private to pyright)', () => {
    const types = new PythonTypes(doc({List: {type: 'string'}, pet: {type: 'string'}, Pet: {type: 'integer'}, 'foo-bar': {type: 'boolean'}, '3d': {type: 'number'}, none: {type: 'string'}}), [])
    expect(types.models().map((m) => m.name)).toEqual(['List2', 'Pet', 'Pet2', 'FooBar', 'Model3d', 'None_'])
    // An inline object named after an operation whose name starts with a digit.
    const inline = new PythonTypes(doc({}, {'/m': {post: {requestBody: {content: {'application/json': {schema: {type: 'object', properties: {a: {type: 'string'}}}}}}}}}), [
      {pointer: '/paths/~1m/post/requestBody/content/application~1json/schema', name: '3dModelsBody', mode: 'write'},
    ])
    expect(inline.models().map((m) => m.name)).toEqual(['Model3dModelsBody'])
  })

  it('makes an alias that reaches itself outside a container Any, and keeps recursion through TypedDicts and lists', () => {
    const types = new PythonTypes(
      doc({
        A: {oneOf: [{$ref: '#/components/schemas/B'}, {type: 'integer'}]},
        B: {allOf: [{$ref: '#/components/schemas/A'}]},
        Loop: {$ref: '#/components/schemas/Loop'},
        Tree: {type: 'array', items: {$ref: '#/components/schemas/Tree'}},
        Node: {type: 'object', properties: {parent: {$ref: '#/components/schemas/Node'}, children: {type: 'array', items: {$ref: '#/components/schemas/Node'}}}},
        C: {oneOf: [{$ref: '#/components/schemas/Node'}, {type: 'string'}]},
      }),
      [],
    )
    expect(alias(types, 'A')).toBe('Any')
    expect(alias(types, 'B')).toBe('Any')
    expect(alias(types, 'Loop')).toBe('Any')
    expect(alias(types, 'Tree')).toBe('List[Tree]')
    expect(fields(types, 'Node')).toEqual({parent: 'Node', children: 'List[Node]'})
    expect(alias(types, 'C')).toBe('Union[Node, str]')
  })

  it('says Optional where a nullable object component is used; once built, makes no model a template did not reach', () => {
    const schemas = {Maybe: {type: 'object', nullable: true, properties: {a: {type: 'string'}}}, Holder: {type: 'object', properties: {m: {$ref: '#/components/schemas/Maybe'}}}}
    const response = (field: string) => ({description: 'ok', content: {'application/json': {schema: {type: 'object', properties: {[field]: {type: 'string'}}}}}})
    const document = doc(schemas, {'/y': {get: {responses: {'200': response('z')}}}, '/late': {get: {responses: {'200': response('w')}}}})
    const types = new PythonTypes(document, [{pointer: '/paths/~1y/get/responses/200/content/application~1json/schema', name: 'GetYResponse', mode: 'read'}])
    expect(fields(types, 'Holder')).toEqual({m: 'Optional[Maybe]'})
    expect(types.hint('/paths/~1y/get/responses/200/content/application~1json/schema', {qualify: true, mode: 'read'})).toBe('models.GetYResponse')
    // Names are all given by the constructor: models.pyi may be rendered before client.py asks for a hint, so a hint
    // asked later writes an object it has not named in place, even with a name offered, and adds no model.
    const before = types.models().map((m) => m.name)
    expect(types.hint('/paths/~1late/get/responses/200/content/application~1json/schema', {qualify: true, mode: 'read', name: 'GetLateResponse'})).toBe('Dict[str, Any]')
    expect(types.models().map((m) => m.name)).toEqual(before)
  })

  it('writes spec text in hints as pyString literals only', () => {
    const types = new PythonTypes(doc({Odd: {type: 'string', enum: ['a"]', 'x\ny', 'é']}}), [])
    const hint = alias(types, 'Odd')
    expect(hint).toBe('Literal["a\\"]", "x\\ny", "\\xe9"]')
    expect(pyHint(hint)).toBe(hint)
  })
})

describe('pyHint', () => {
  it('prints hints and refuses anything else', () => {
    for (const ok of ['str', 'Optional[List[models.Pet]]', 'Dict[str, Any]', 'Literal[-1, 2, "a b"]']) expect(pyHint(ok)).toBe(ok)
    for (const bad of ['', 'os.system("x"); str', 'str\nimport os', 'Literal["a\nb"]', 'a.b.c', 'str  ', 'List[str]#', "Literal['a']"]) expect(() => pyHint(bad), bad).toThrow(/not a Python type hint/)
  })
})
