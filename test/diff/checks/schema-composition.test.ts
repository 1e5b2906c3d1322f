import {describe, expect, it} from 'vitest'
import {schemaComposition} from '../../../src/lib/diff/checks/schema-composition.js'
import {familyChecks} from '../../../src/lib/diff/registry.js'
import {diffDocs, oas31, parameter, requestBody, responseBody, runCases, type Doc} from '../helpers.js'

const str = {type: 'string'}
const ref = (name: string) => ({$ref: `#/components/schemas/${name}`})
const withSchemas = (doc: Doc, schemas: Doc): Doc => ({...doc, components: {schemas}})
const obj = (properties: Doc, extra: Doc = {}) => ({type: 'object', properties, ...extra})

// Components shared by several fixtures (each fixture still differs in its schemas and changes).
const pets = {
  Cat: obj({petType: str, meows: {type: 'boolean'}}, {required: ['petType']}),
  Dog: obj({petType: str, barks: {type: 'boolean'}}, {required: ['petType']}),
  Bird: obj({petType: str, wingspan: {type: 'number'}}, {required: ['petType']}),
}
const documents = {
  Invoice: obj({invoiceNo: str, total: {type: 'number'}}),
  CreditNote: obj({creditNo: str, refunded: {type: 'number'}}),
  Receipt: obj({receiptNo: str, paidAt: {type: 'string', format: 'date-time'}}),
}
const media = {
  Photo: obj({pixels: {type: 'integer'}, camera: str}, {title: 'Photo'}),
  Video: obj({seconds: {type: 'integer'}, codec: str}, {title: 'Video'}),
  Audio: obj({seconds: {type: 'integer'}, bitrate: {type: 'integer'}}, {title: 'Audio'}),
}
const vehicles = {
  Car: obj({vehicleType: str, seats: {type: 'integer'}}),
  Truck: obj({vehicleType: str, payload: {type: 'number'}}),
}
const payments = {
  Card: obj({method: str, pan: str}),
  Bank: obj({method: str, iban: str}),
  Cash: obj({method: str, change: {type: 'number'}}),
}
const plans = {
  PremiumPlan: obj({tier: str, seats: {type: 'integer'}}),
  GoldPlan: obj({tier: str, seats: {type: 'integer'}, support: str}),
  // Not an extension of PremiumPlan: a value mapped to it from PremiumPlan selects another shape.
  EnterprisePlan: obj({tier: str, contract: str}),
  FreePlan: obj({tier: str}),
}

const petsBody = (schema: Doc) => withSchemas(requestBody(schema), pets)
const docsResponse = (schema: Doc) => withSchemas(responseBody(schema), documents)
const mediaResponse = (schema: Doc) => withSchemas(responseBody(schema), media)
const vehiclesBody = (schema: Doc) => withSchemas(requestBody(schema), vehicles)
const paymentsBody = (schema: Doc) => withSchemas(requestBody(schema), payments)
const plansBody = (schema: Doc) => withSchemas(requestBody(schema), plans)

const card = {title: 'Card', type: 'object', properties: {number: str, cvc: str}}
const iban = {title: 'Iban', type: 'object', properties: {iban: str, bic: str}}
const paypal = {title: 'Paypal', type: 'object', properties: {email: {type: 'string', format: 'email'}}}

const circle = obj({radius: {type: 'number'}}, {required: ['radius']})
const square = obj({side: {type: 'number'}}, {required: ['side']})
const triangle = obj({base: {type: 'number'}, height: {type: 'number'}}, {required: ['base', 'height']})

const byEmail = obj({email: str}, {required: ['email']})
const byPhone = obj({phone: str}, {required: ['phone']})
const byFax = obj({fax: str}, {required: ['fax']})
const contactBody = (...anyOf: unknown[]) => requestBody(obj({name: str, contact: {anyOf}}))

const lookup = (...anyOf: unknown[]) => requestBody({anyOf})
const byName = {title: 'ByName', type: 'object', properties: {name: str}}
const byId = {title: 'ById', type: 'object', properties: {id: {type: 'integer'}}}
const byTag = {title: 'ByTag', type: 'object', properties: {tag: str, exact: {type: 'boolean'}}}

const shapes = {
  Circle: obj({kind: str, radius: {type: 'number'}}),
  Square: obj({kind: str, side: {type: 'number'}}),
}
const shapesResponse = (schema: Doc) => withSchemas(responseBody(schema), shapes)

const events = {
  Created: obj({event: str, createdAt: str}),
  Deleted: obj({event: str, deletedAt: str}),
}
const eventsResponse = (schema: Doc) => withSchemas(responseBody(schema), events)

const resources = {
  User: obj({objectType: str, resourceType: str, login: str}),
  Team: obj({objectType: str, resourceType: str, members: {type: 'array', items: str}}),
}
const resourcesResponse = (schema: Doc) => withSchemas(responseBody(schema), resources)

const notices = {
  Email: obj({channel: str, address: str}),
  Sms: obj({channel: str, number: str}),
}
const noticesResponse = (schema: Doc) => withSchemas(responseBody(schema), notices)

const people = {
  Admin: obj({role: str, permissions: {type: 'array', items: str}}),
  Member: obj({role: str, joined: {type: 'string', format: 'date'}}),
  Guest: obj({role: str, expires: {type: 'string', format: 'date-time'}}),
}
const peopleResponse = (schema: Doc) => withSchemas(responseBody(schema), people)

const canines = {
  Dog: obj({species: str, breed: str}),
  Wolf: obj({species: str, pack: str}),
  Fox: obj({species: str, tail: {type: 'number'}}),
}
const caninesResponse = (schema: Doc) => withSchemas(responseBody(schema), canines)

runCases(schemaComposition, [
  // oneOf branch added
  {
    id: 'request-body-one-of-branch-added',
    base: requestBody({oneOf: [card, iban]}),
    revision: requestBody({oneOf: [card, iban, paypal]}),
    twin: {base: requestBody({oneOf: [card, iban]}), revision: requestBody({oneOf: [iban, card]})},
  },
  {
    id: 'request-parameter-one-of-branch-added',
    base: parameter({type: 'integer'}),
    revision: parameter({oneOf: [{type: 'integer'}, {type: 'string', format: 'uuid'}]}),
    twin: {base: parameter({oneOf: [{type: 'integer'}, {type: 'null'}]}), revision: parameter({type: 'integer', nullable: true})},
  },
  {
    id: 'response-body-one-of-branch-added',
    base: withSchemas(responseBody({oneOf: [ref('Cat'), ref('Dog')]}), pets),
    revision: withSchemas(responseBody({oneOf: [ref('Cat'), ref('Dog'), ref('Bird')]}), pets),
    twin: {base: withSchemas(responseBody({oneOf: [ref('Cat'), ref('Dog')]}), pets), revision: withSchemas(responseBody({oneOf: [ref('Dog'), ref('Cat')]}), pets)},
  },

  // oneOf branch removed
  {
    id: 'request-body-one-of-branch-removed',
    base: requestBody(obj({amount: {oneOf: [{type: 'number'}, {type: 'string', pattern: '^[0-9.]+$'}]}})),
    revision: requestBody(obj({amount: {type: 'number'}})),
    twin: {base: requestBody(obj({amount: {type: 'number'}})), revision: requestBody(obj({amount: {oneOf: [{type: 'number'}, {type: 'string', pattern: '^[0-9.]+$'}]}}))},
  },
  {
    id: 'request-parameter-one-of-branch-removed',
    base: parameter({oneOf: [{type: 'string', enum: ['asc', 'desc']}, {type: 'integer', minimum: 0}]}),
    revision: parameter({type: 'integer', minimum: 0}),
    twin: {base: parameter({oneOf: [{type: 'string', enum: ['asc', 'desc']}, {type: 'integer', minimum: 0}]}), revision: parameter({oneOf: [{type: 'integer', minimum: 0}, {type: 'string', enum: ['asc', 'desc']}]})},
  },
  {
    id: 'response-body-one-of-branch-removed',
    base: responseBody({oneOf: [circle, square, triangle]}),
    revision: responseBody({oneOf: [square, circle]}),
    twin: {base: responseBody({oneOf: [circle, square]}), revision: responseBody({oneOf: [square, circle, triangle]})},
  },

  // anyOf branch added
  {
    id: 'request-body-any-of-branch-added',
    base: contactBody(byEmail, byPhone),
    revision: contactBody(byEmail, byPhone, byFax),
    twin: {base: contactBody(byEmail, byPhone), revision: contactBody(obj({email: str, label: str}, {required: ['email']}), byPhone)},
  },
  {
    id: 'request-parameter-any-of-branch-added',
    base: parameter({anyOf: [{type: 'string', format: 'date'}, {type: 'integer'}]}),
    revision: parameter({anyOf: [{type: 'string', format: 'date'}, {type: 'integer'}, {type: 'boolean'}]}),
    twin: {base: parameter({anyOf: [{type: 'string', format: 'date'}, {type: 'integer'}]}), revision: parameter({anyOf: [{type: 'integer'}, {type: 'string', format: 'date-time'}]})},
  },
  {
    id: 'response-body-any-of-branch-added',
    base: docsResponse({oneOf: [ref('Invoice'), ref('CreditNote')]}),
    revision: docsResponse({anyOf: [ref('Invoice'), ref('CreditNote'), ref('Receipt')]}),
    twin: {base: docsResponse({oneOf: [ref('Invoice'), ref('CreditNote')]}), revision: docsResponse({anyOf: [ref('CreditNote'), ref('Invoice')]})},
  },

  // anyOf branch removed
  {
    id: 'request-body-any-of-branch-removed',
    base: lookup(byName, byId, byTag),
    revision: lookup(byName, byId),
    twin: {base: lookup(byName, byId, byTag), revision: lookup(byTag, byName, byId)},
  },
  {
    id: 'request-parameter-any-of-branch-removed',
    base: parameter({anyOf: [{type: 'boolean'}, {type: 'string', enum: ['yes', 'no']}]}),
    revision: parameter({type: 'boolean'}),
    twin: {base: parameter({type: 'boolean'}), revision: parameter({anyOf: [{type: 'boolean'}, {type: 'string', enum: ['yes', 'no']}]})},
  },
  {
    id: 'response-body-any-of-branch-removed',
    base: mediaResponse({anyOf: [ref('Photo'), ref('Video'), ref('Audio')]}),
    revision: mediaResponse({anyOf: [ref('Photo'), ref('Video')]}),
    twin: {base: mediaResponse({anyOf: [ref('Photo'), ref('Video')]}), revision: mediaResponse({anyOf: [ref('Video'), media.Photo]})},
  },

  // discriminator added / removed
  {
    id: 'request-body-discriminator-added',
    base: petsBody({oneOf: [ref('Cat'), ref('Dog')]}),
    revision: petsBody({oneOf: [ref('Cat'), ref('Dog')], discriminator: {propertyName: 'petType'}}),
    twin: {
      base: petsBody({oneOf: [ref('Cat'), ref('Dog')], discriminator: {propertyName: 'petType'}}),
      revision: petsBody({oneOf: [ref('Cat'), ref('Dog')], discriminator: {propertyName: 'petType', mapping: {Cat: '#/components/schemas/Cat', Dog: '#/components/schemas/Dog'}}}),
    },
  },
  {
    id: 'response-body-discriminator-added',
    base: shapesResponse({oneOf: [ref('Circle'), ref('Square')]}),
    revision: shapesResponse({oneOf: [ref('Circle'), ref('Square')], discriminator: {propertyName: 'kind', mapping: {circle: '#/components/schemas/Circle', square: '#/components/schemas/Square'}}}),
    twin: {
      base: shapesResponse({oneOf: [ref('Circle'), ref('Square')], discriminator: {propertyName: 'kind', mapping: {circle: '#/components/schemas/Circle', square: '#/components/schemas/Square'}}}),
      revision: shapesResponse({oneOf: [ref('Circle'), ref('Square')]}),
    },
  },
  {
    id: 'request-body-discriminator-removed',
    base: vehiclesBody({oneOf: [ref('Car'), ref('Truck')], discriminator: {propertyName: 'vehicleType'}}),
    revision: vehiclesBody({oneOf: [ref('Car'), ref('Truck')]}),
    twin: {base: vehiclesBody({oneOf: [ref('Car'), ref('Truck')]}), revision: vehiclesBody({oneOf: [ref('Car'), ref('Truck')], discriminator: {propertyName: 'vehicleType'}})},
  },
  {
    id: 'response-body-discriminator-removed',
    base: eventsResponse({anyOf: [ref('Created'), ref('Deleted')], discriminator: {propertyName: 'event', mapping: {created: '#/components/schemas/Created', deleted: '#/components/schemas/Deleted'}}}),
    revision: eventsResponse({anyOf: [ref('Created'), ref('Deleted')]}),
    twin: {
      base: eventsResponse({anyOf: [ref('Created'), ref('Deleted')], discriminator: {propertyName: 'event', mapping: {created: '#/components/schemas/Created', deleted: '#/components/schemas/Deleted'}}}),
      revision: eventsResponse({anyOf: [ref('Created'), ref('Deleted')], description: 'an event', discriminator: {propertyName: 'event', mapping: {created: '#/components/schemas/Created', deleted: '#/components/schemas/Deleted'}}}),
    },
  },

  // discriminator property changed
  {
    id: 'request-body-discriminator-property-changed',
    base: vehiclesBody({oneOf: [ref('Car'), ref('Truck')], discriminator: {propertyName: 'vehicleType', mapping: {car: '#/components/schemas/Car', truck: '#/components/schemas/Truck'}}}),
    revision: vehiclesBody({oneOf: [ref('Car'), ref('Truck')], discriminator: {propertyName: 'seats', mapping: {car: '#/components/schemas/Car', truck: '#/components/schemas/Truck'}}}),
    twin: {
      base: vehiclesBody({oneOf: [ref('Car'), ref('Truck')], discriminator: {propertyName: 'vehicleType', mapping: {car: '#/components/schemas/Car', truck: '#/components/schemas/Truck'}}}),
      revision: vehiclesBody({oneOf: [ref('Truck'), ref('Car')], discriminator: {propertyName: 'vehicleType', mapping: {truck: '#/components/schemas/Truck', car: '#/components/schemas/Car'}}}),
    },
  },
  {
    id: 'response-body-discriminator-property-changed',
    base: resourcesResponse({oneOf: [ref('User'), ref('Team')], discriminator: {propertyName: 'objectType'}}),
    revision: resourcesResponse({oneOf: [ref('User'), ref('Team')], discriminator: {propertyName: 'resourceType'}}),
    twin: {base: resourcesResponse({oneOf: [ref('User'), ref('Team')], discriminator: {propertyName: 'objectType'}}), revision: resourcesResponse({oneOf: [ref('Team'), ref('User')], discriminator: {propertyName: 'objectType'}})},
  },

  // discriminator mapping values
  {
    id: 'request-body-discriminator-mapping-value-removed',
    base: paymentsBody({oneOf: [ref('Card'), ref('Bank'), ref('Cash')], discriminator: {propertyName: 'method', mapping: {card: '#/components/schemas/Card', bank: '#/components/schemas/Bank', cash: '#/components/schemas/Cash'}}}),
    revision: paymentsBody({oneOf: [ref('Card'), ref('Bank')], discriminator: {propertyName: 'method', mapping: {card: '#/components/schemas/Card', bank: '#/components/schemas/Bank'}}}),
    twin: {
      base: paymentsBody({oneOf: [ref('Card'), ref('Bank')], discriminator: {propertyName: 'method', mapping: {card: '#/components/schemas/Card', bank: '#/components/schemas/Bank'}}}),
      revision: paymentsBody({oneOf: [ref('Card'), ref('Bank'), ref('Cash')], discriminator: {propertyName: 'method', mapping: {card: '#/components/schemas/Card', bank: '#/components/schemas/Bank', cash: '#/components/schemas/Cash'}}}),
    },
  },
  {
    id: 'response-body-discriminator-mapping-value-removed',
    base: noticesResponse({oneOf: [ref('Email'), ref('Sms')], discriminator: {propertyName: 'channel', mapping: {email: '#/components/schemas/Email', sms: '#/components/schemas/Sms'}}}),
    revision: noticesResponse({oneOf: [ref('Email'), ref('Sms')], discriminator: {propertyName: 'channel', mapping: {email: '#/components/schemas/Email', text: '#/components/schemas/Sms'}}}),
    twin: {
      base: noticesResponse({oneOf: [ref('Email'), ref('Sms')], discriminator: {propertyName: 'channel', mapping: {email: '#/components/schemas/Email', sms: '#/components/schemas/Sms'}}}),
      revision: noticesResponse({oneOf: [ref('Sms'), ref('Email')], discriminator: {propertyName: 'channel', mapping: {email: 'Email', sms: 'Sms'}}}),
    },
  },
  {
    id: 'request-body-discriminator-mapping-value-added',
    base: petsBody({oneOf: [ref('Cat'), ref('Dog')], discriminator: {propertyName: 'petType', mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}}),
    revision: petsBody({oneOf: [ref('Cat'), ref('Dog')], discriminator: {propertyName: 'petType', mapping: {cat: '#/components/schemas/Cat', kitty: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}}),
    twin: {
      base: petsBody({oneOf: [ref('Cat'), ref('Dog')], discriminator: {propertyName: 'petType', mapping: {cat: '#/components/schemas/Cat', kitty: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}}),
      revision: petsBody({oneOf: [ref('Cat'), ref('Dog')], discriminator: {propertyName: 'petType', mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}}),
    },
  },
  {
    id: 'response-body-discriminator-mapping-value-added',
    base: peopleResponse({oneOf: [ref('Admin'), ref('Member')], discriminator: {propertyName: 'role'}}),
    revision: peopleResponse({oneOf: [ref('Admin'), ref('Member'), ref('Guest')], discriminator: {propertyName: 'role'}}),
    twin: {base: peopleResponse({oneOf: [ref('Admin'), ref('Member')], discriminator: {propertyName: 'role'}}), revision: peopleResponse({oneOf: [ref('Member'), ref('Admin')], discriminator: {propertyName: 'role', mapping: {Admin: 'Admin'}}})},
  },
  {
    id: 'request-body-discriminator-mapping-target-changed',
    base: plansBody({oneOf: [ref('PremiumPlan'), ref('FreePlan')], discriminator: {propertyName: 'tier', mapping: {premium: '#/components/schemas/PremiumPlan', free: '#/components/schemas/FreePlan'}}}),
    revision: plansBody({oneOf: [ref('EnterprisePlan'), ref('FreePlan')], discriminator: {propertyName: 'tier', mapping: {premium: '#/components/schemas/EnterprisePlan', free: '#/components/schemas/FreePlan'}}}),
    twin: {
      base: plansBody({oneOf: [ref('PremiumPlan'), ref('FreePlan')], discriminator: {propertyName: 'tier', mapping: {premium: '#/components/schemas/PremiumPlan', free: '#/components/schemas/FreePlan'}}}),
      revision: plansBody({oneOf: [ref('PremiumPlan'), ref('FreePlan')], discriminator: {propertyName: 'tier', mapping: {premium: 'PremiumPlan', free: 'FreePlan'}}}),
    },
  },
  {
    id: 'response-body-discriminator-mapping-target-changed',
    base: caninesResponse({anyOf: [ref('Dog'), ref('Fox')], discriminator: {propertyName: 'species', mapping: {dog: '#/components/schemas/Dog', fox: '#/components/schemas/Fox'}}}),
    revision: caninesResponse({anyOf: [ref('Wolf'), ref('Fox')], discriminator: {propertyName: 'species', mapping: {dog: '#/components/schemas/Wolf', fox: '#/components/schemas/Fox'}}}),
    twin: {
      base: caninesResponse({anyOf: [ref('Dog'), ref('Fox')], discriminator: {propertyName: 'species', mapping: {dog: '#/components/schemas/Dog', fox: '#/components/schemas/Fox'}}}),
      revision: caninesResponse({anyOf: [ref('Dog'), ref('Fox'), ref('Wolf')], discriminator: {propertyName: 'species', mapping: {dog: '#/components/schemas/Dog', fox: '#/components/schemas/Fox', wolf: '#/components/schemas/Wolf'}}}),
    },
  },
])

const ours = new Set(familyChecks(schemaComposition).map((d) => d.id))
const fromFamily = async (base: Doc, revision: Doc) => (await diffDocs(base, revision)).changes.filter((c) => ours.has(c.id))

describe('schema-composition: branches are matched by content', () => {
  it('reordered oneOf branches are no change', async () => {
    const base = withSchemas(requestBody({oneOf: [ref('Cat'), ref('Dog'), ref('Bird')]}), pets)
    const revision = withSchemas(requestBody({oneOf: [ref('Bird'), ref('Cat'), ref('Dog')]}), pets)
    expect(await fromFamily(base, revision)).toEqual([])
    expect((await diffDocs(base, revision)).changes).toEqual([])
    const inline = responseBody({oneOf: [circle, square, triangle]})
    expect((await diffDocs(inline, responseBody({oneOf: [triangle, circle, square]}))).changes).toEqual([])
  })

  it('a $ref branch replaced by the same inline schema with the same title is no change', async () => {
    const schemas = {Cat: {...pets.Cat, title: 'Cat'}, Dog: {...pets.Dog, title: 'Dog'}}
    const base = withSchemas(responseBody({oneOf: [ref('Cat'), ref('Dog')]}), schemas)
    const revision = withSchemas(responseBody({oneOf: [schemas.Cat, ref('Dog')]}), schemas)
    expect(await fromFamily(base, revision)).toEqual([])
    expect((await diffDocs(base, revision)).changes).toEqual([])
    // Reordered as well.
    expect((await diffDocs(base, withSchemas(responseBody({oneOf: [ref('Dog'), schemas.Cat]}), schemas))).changes).toEqual([])
  })

  it('recurses into matched branches, naming them in the path', async () => {
    const base = requestBody({oneOf: [card, iban]})
    const revision = requestBody({oneOf: [{...iban, required: ['bic']}, card]})
    const changes = (await diffDocs(base, revision)).changes
    expect(changes.map((c) => [c.id, c.message])).toEqual([['request-body-property-became-required', 'request body property `<oneOf Iban>`: property `bic` became required']])
  })

  it('a plain schema becoming a oneOf keeps its own branch', async () => {
    const changes = await fromFamily(responseBody({type: 'string', maxLength: 10}), responseBody({oneOf: [{type: 'string', maxLength: 10}, {type: 'integer'}]}))
    expect(changes.map((c) => [c.id, c.severity, c.message])).toEqual([['response-body-one-of-branch-added', 'error', 'response 200 body: oneOf branch 1 (integer) was added']])
  })

  it('does not compare what the oneOf side writes next to its branches with the plain schema', async () => {
    const post = (schema: unknown) => oas31({'/tags': {post: {requestBody: {content: {'application/json': {schema}}}, responses: {'204': {description: 'none'}}}}})
    const changes = (await diffDocs(post({type: ['string', 'null'], default: 'x'}), post({oneOf: [{type: 'string'}, {type: 'integer'}, {type: 'null'}], default: 'x'}))).changes
    expect(changes.map((c) => c.id).sort()).toEqual(['request-body-one-of-branch-added', 'request-body-type-widened'])
  })

  it('matches branches by discriminator value when they have no names', async () => {
    const cash = obj({method: {type: 'string', enum: ['cash']}, amount: {type: 'number'}})
    const cheque = obj({method: {type: 'string', enum: ['cheque']}, amount: {type: 'number'}})
    const cheque2 = obj({method: {type: 'string', enum: ['cheque']}, amount: {type: 'number'}, bank: str})
    const wire = obj({method: {type: 'string', enum: ['wire']}, amount: {type: 'number'}})
    const changes = await fromFamily(requestBody({oneOf: [cash, cheque], discriminator: {propertyName: 'method'}}), requestBody({oneOf: [cheque2, wire], discriminator: {propertyName: 'method'}}))
    expect(changes.map((c) => c.message).sort()).toEqual(['request body: oneOf branch for "cash" was removed', 'request body: oneOf branch for "wire" was added'])
  })

  it('reports nothing for a oneOf branch turned into nullability', async () => {
    expect(await fromFamily(responseBody({oneOf: [{type: 'string'}, {type: 'null'}]}), responseBody({type: 'string', nullable: true}))).toEqual([])
  })

  it('terminates on recursive branches', async () => {
    const schemas = {Node: {oneOf: [{type: 'string'}, obj({children: {type: 'array', items: ref('Node')}})]}}
    const schemas2 = {Node: {oneOf: [obj({children: {type: 'array', items: ref('Node')}, name: str}), {type: 'string'}]}}
    const changes = (await diffDocs(withSchemas(responseBody(ref('Node')), schemas), withSchemas(responseBody(ref('Node')), schemas2))).changes
    expect(changes.map((c) => c.id)).toEqual(['response-body-property-added'])
  })
})

describe('schema-composition: values judged against every branch', () => {
  it('an enum value moved from one oneOf branch to a new branch is no breaking change (Adyen ebanking_FI)', async () => {
    const branch = (values: string[]) => ({type: 'object', additionalProperties: false, properties: {type: {type: 'string', enum: values}, checkoutAttemptId: str}})
    const schemas = (extra: Doc) => ({PaymentDetails: branch(['ach', 'ebanking_FI']), CardDetails: branch(['scheme']), ...extra})
    const body = (refs: string[], extra: Doc) => withSchemas(requestBody({type: 'object', properties: {paymentMethod: {oneOf: refs.map(ref)}}}), schemas(extra))
    const base = body(['PaymentDetails', 'CardDetails'], {})
    const moved = body(['PaymentDetails', 'CardDetails', 'EBankingFinlandDetails'], {PaymentDetails: branch(['ach']), EBankingFinlandDetails: {...branch(['ebanking_FI']), properties: {...branch(['ebanking_FI']).properties, issuer: str}}})
    expect((await diffDocs(base, moved)).changes.filter((c) => c.severity === 'error')).toEqual([])
    const dropped = body(['PaymentDetails', 'CardDetails'], {PaymentDetails: branch(['ach'])})
    expect((await diffDocs(base, dropped)).changes.map((c) => c.id)).toContain('request-body-enum-value-removed')
  })

  it('an enum shrunk in an anyOf branch next to a plain string branch refuses nothing (OpenAI model)', async () => {
    const model = (values: string[]) => requestBody({type: 'object', properties: {model: {anyOf: [{type: 'string'}, {type: 'string', enum: values}]}}})
    expect((await diffDocs(model(['a', 'b', 'c']), model(['a']))).changes.filter((c) => c.severity === 'error')).toEqual([])
  })

  it('a plain message schema split into one branch per role pairs with a branch whose role it can take (OpenAI messages)', async () => {
    const role = (values: string[]) => ({type: 'string', enum: values})
    const plain = requestBody({type: 'array', items: {type: 'object', required: ['role', 'content'], properties: {role: role(['system', 'user']), content: str, name: str}}})
    const split = requestBody({
      type: 'array',
      items: {
        oneOf: [
          {title: 'System', type: 'object', required: ['role', 'content'], properties: {role: role(['system']), content: str, name: str}},
          {title: 'User', type: 'object', required: ['role', 'content'], properties: {role: role(['user']), content: str, name: str}},
          {title: 'Function', type: 'object', required: ['role', 'content', 'name'], properties: {role: role(['function']), content: str, name: str}},
        ],
      },
    })
    expect((await diffDocs(plain, split)).changes.filter((c) => c.severity === 'error').map((c) => c.message)).toEqual([])
  })
})
