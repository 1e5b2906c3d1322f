import {expect, it} from 'vitest'
import {lintWith, testRule} from '../../helpers/rule.js'

const doc = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get: {operationId: listPets, responses: {'200': {description: ok}}}
    post: {operationId: CreatePet, responses: {'201': {description: ok}}}
    put: {operationId: update_pet, responses: {'200': {description: ok}}}
`

testRule('operation-id-casing', [
  {
    name: 'camelCase ids pass by default',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get: {operationId: listPets, responses: {'200': {description: ok}}}
    post: {operationId: createPetV2, responses: {'201': {description: ok}}}
`,
    errors: [],
  },
  {
    name: 'other casings are reported against camelCase',
    doc,
    errors: [
      {pointer: '/paths/~1pets/post/operationId', message: /"CreatePet" is not camelCase/},
      {pointer: '/paths/~1pets/put/operationId', message: /"update_pet"/},
    ],
  },
  {
    name: 'option casing accepts a list',
    doc,
    config: (c) => {
      c.lint.rules['operation-id-casing'] = {casing: ['pascal', 'snake']}
    },
    errors: [{pointer: '/paths/~1pets/get/operationId', message: /pascalCase or snakeCase/}],
  },
  {
    name: '2.0 with snake option',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get: {operationId: list_pets, responses: {'200': {description: ok}}}
    post: {operationId: createPet, responses: {'200': {description: ok}}}
`,
    config: (c) => {
      c.lint.rules['operation-id-casing'] = {casing: 'snake_case'}
    },
    errors: ['/paths/~1pets/post/operationId'],
  },
  {
    name: '3.1: a kebab-case operationId, webhooks included, is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get: {operationId: list-pets, responses: {'200': {description: ok}}}
webhooks:
  petAdded:
    post: {operationId: PetAdded, responses: {'200': {description: ok}}}
`,
    errors: [{pointer: '/paths/~1pets/get/operationId', message: /"list-pets" is not camelCase/}, '/webhooks/petAdded/post/operationId'],
  },
])

it('operation-id-casing refuses an unknown casing as a config mistake', async () => {
  const run = lintWith('operation-id-casing', doc, (c) => {
    c.lint.rules['operation-id-casing'] = {casing: 'spongebob'}
  })
  await expect(run).rejects.toMatchObject({name: 'ApixError', message: expect.stringMatching(/unknown casing "spongebob"/)})
})
