import {testRule} from '../../helpers/rule.js'

testRule('encoding-property-exists', [
  {
    name: 'encoding keys naming properties (also through $ref and allOf) pass',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /upload:
    post:
      requestBody:
        content:
          multipart/form-data:
            schema:
              allOf:
                - $ref: '#/components/schemas/Meta'
                - {type: object, properties: {file: {type: string, format: binary}}}
            encoding:
              file: {contentType: image/png}
              meta: {contentType: application/json}
      responses: {'200': {description: ok}}
components:
  schemas:
    Meta: {type: object, properties: {meta: {type: object}}}
`,
    errors: [],
  },
  {
    name: '3.0: an encoding key missing from a $ref schema is reported',
    doc: `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /upload:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/Form'}
            encoding:
              tags: {style: form, explode: true}
      responses: {'200': {description: ok}}
components:
  schemas:
    Form: {type: object, properties: {name: {type: string}}}
`,
    errors: [{pointer: '/paths/~1upload/post/requestBody/content/application~1x-www-form-urlencoded/encoding/tags', message: /Encoding "tags" names no property/}],
  },
  {
    name: 'an encoding key that names no property is reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /upload:
    post:
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {file: {}}}
            encoding:
              file: {contentType: image/png}
              image: {contentType: image/png}
      responses: {'200': {description: ok}}
`,
    errors: [{pointer: '/paths/~1upload/post/requestBody/content/multipart~1form-data/encoding/image', message: /Encoding "image" names no property of the "multipart\/form-data" schema/}],
  },
])
