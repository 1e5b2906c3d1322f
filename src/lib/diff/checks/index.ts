import type {CheckFamily} from '../check.js'
import {callbacks} from './callbacks.js'
import {gateway} from './gateway.js'
import {operations} from './operations.js'
import {parameters} from './parameters.js'
import {requestBody} from './request-body.js'
import {responseHeaders} from './response-headers.js'
import {responses} from './responses.js'
import {schemaAdditionalProperties} from './schema-additional-properties.js'
import {schemaAnnotations} from './schema-annotations.js'
import {schemaBounds} from './schema-bounds.js'
import {schemaComposition} from './schema-composition.js'
import {schemaEnum} from './schema-enum.js'
import {schemaPattern} from './schema-pattern.js'
import {schemaProperties} from './schema-properties.js'
import {schemaType} from './schema-type.js'
import {security} from './security.js'
import {servers} from './servers.js'

/** Every check family, one per file of this folder (a test keeps the list and the folder in step). */
export const FAMILIES: readonly CheckFamily[] = [
  operations,
  parameters,
  requestBody,
  responses,
  responseHeaders,
  security,
  servers,
  callbacks,
  gateway,
  schemaType,
  schemaEnum,
  schemaProperties,
  schemaBounds,
  schemaPattern,
  schemaAdditionalProperties,
  schemaComposition,
  schemaAnnotations,
]
