import {operations} from '../../../src/lib/diff/checks/operations.js'
import {oas, runCases, type Doc} from '../helpers.js'

const ok = {'200': {description: 'OK'}}
const get = (op: Doc = {}) => ({get: {responses: ok, ...op}})
const one = (path: string, op: Doc = {}) => oas({[path]: get(op)})
const two = oas({'/pets': get(), '/owners': get()})

runCases(operations, [
  {id: 'operation-removed', base: two, revision: one('/pets'), twin: {base: one('/pets'), revision: two}},
  {
    id: 'operation-removed-before-sunset',
    base: oas({'/pets': get(), '/old': get({deprecated: true, 'x-sunset': '2026-06-01'})}),
    revision: one('/pets'),
    twin: {base: oas({'/pets': get(), '/old': get({deprecated: true, 'x-sunset': '2025-06-01'})}), revision: one('/pets')},
  },
  {
    id: 'deprecated-operation-removed',
    base: oas({'/pets': get(), '/legacy': get({deprecated: true, 'x-sunset': '2025-12-01'})}),
    revision: one('/pets'),
    twin: {base: oas({'/pets': get(), '/legacy': get({deprecated: true, 'x-sunset': '2026-12-01'})}), revision: one('/pets')},
  },
  {
    id: 'deprecated-operation-removed-without-sunset',
    base: oas({'/pets': get(), '/gone': {delete: {deprecated: true, responses: ok}}}),
    revision: one('/pets'),
    twin: {base: oas({'/pets': get(), '/gone': {delete: {deprecated: true, 'x-sunset': '2025-01-01', responses: ok}}}), revision: one('/pets')},
  },
  {id: 'operation-added', base: one('/pets'), revision: oas({'/pets': {...get(), post: {responses: ok}}}), twin: {base: oas({'/pets': {...get(), post: {responses: ok}}}), revision: one('/pets')}},
  {id: 'operation-deprecated', base: one('/pets'), revision: one('/pets', {deprecated: true}), twin: {base: one('/pets', {deprecated: true}), revision: one('/pets')}},
  {
    id: 'operation-deprecated-sunset-too-soon',
    base: one('/stores'),
    revision: one('/stores', {deprecated: true, 'x-sunset': '2026-02-01'}),
    twin: {base: one('/stores'), revision: one('/stores', {deprecated: true, 'x-sunset': '2026-06-01'})},
  },
  {id: 'operation-reactivated', base: one('/toys', {deprecated: true}), revision: one('/toys'), twin: {base: one('/toys'), revision: one('/toys', {deprecated: true})}},
  {
    id: 'operation-sunset-brought-forward',
    base: one('/pets', {deprecated: true, 'x-sunset': '2027-01-01'}),
    revision: one('/pets', {deprecated: true, 'x-sunset': '2026-09-01'}),
    twin: {base: one('/pets', {deprecated: true, 'x-sunset': '2026-09-01'}), revision: one('/pets', {deprecated: true, 'x-sunset': '2027-01-01'})},
  },
  {
    id: 'operation-sunset-postponed',
    base: one('/owners', {deprecated: true, 'x-sunset': 'Wed, 01 Jul 2026 00:00:00 GMT'}),
    revision: one('/owners', {deprecated: true, 'x-sunset': '2026-12-31'}),
    twin: {base: one('/owners', {deprecated: true, 'x-sunset': '2026-07-01'}), revision: one('/owners', {deprecated: true, 'x-sunset': 'Wed, 01 Jul 2026 00:00:00 GMT'})},
  },
  {id: 'operation-id-changed', base: one('/pets', {operationId: 'listPets'}), revision: one('/pets', {operationId: 'getPets'}), twin: {base: one('/pets'), revision: one('/pets', {operationId: 'listPets'})}},
  {id: 'operation-id-removed', base: one('/pets', {operationId: 'findPets'}), revision: one('/pets'), twin: {base: one('/pets', {operationId: 'findPets'}), revision: one('/pets', {operationId: 'findPets', summary: 'Find'})}},
  {id: 'operation-tag-removed', base: one('/pets', {tags: ['pets', 'store']}), revision: one('/pets', {tags: ['pets']}), twin: {base: one('/pets', {tags: ['pets']}), revision: one('/pets', {tags: ['pets', 'store']})}},
  {id: 'operation-tag-added', base: one('/owners', {tags: []}), revision: one('/owners', {tags: ['owners']}), twin: {base: one('/owners', {tags: ['owners']}), revision: one('/owners', {tags: []})}},
  {
    id: 'path-parameter-renamed',
    base: one('/pets/{id}', {parameters: [{name: 'id', in: 'path', required: true, schema: {type: 'string'}}]}),
    revision: one('/pets/{petId}', {parameters: [{name: 'petId', in: 'path', required: true, schema: {type: 'string'}}]}),
    twin: {
      base: one('/pets/{id}', {parameters: [{name: 'id', in: 'path', required: true, schema: {type: 'string'}}]}),
      revision: one('/pets/{id}', {parameters: [{name: 'id', in: 'path', required: true, schema: {type: 'string'}, description: 'the id'}]}),
    },
  },
])
