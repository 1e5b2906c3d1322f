import {testRule} from '../../helpers/rule.js'

testRule('apigw-cfn-intrinsics', [
  {
    name: 'resolved ARNs, AWS variables and stage variables pass; VTL in templates is not a substitution',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: 'arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:function:\${stageVariables.fn}/invocations'
        requestTemplates:
          application/json: '#set($root = $input.path("$")) {"id": "\${root.id}"}'
`,
    errors: [],
  },
  {
    name: 'Fn::Sub, Fn::GetAtt and Ref objects are reported once each',
    doc: `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws
        credentials:
          Fn::GetAtt: [ApiRole, Arn]
        httpMethod: POST
        uri: {'Fn::Sub': 'arn:aws:apigateway:\${AWS::Region}:dynamodb:action/GetItem'}
        requestTemplates:
          application/json: {Ref: TemplateParam}
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/credentials', message: /Fn::GetAtt/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/uri', message: /Fn::Sub.*AWS::Include/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/requestTemplates/application~1json', message: /Ref/},
    ],
  },
  {
    name: 'a logical-id substitution in a uri and a quoted short-form tag are reported',
    doc: `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${MyFunction.Arn}/invocations'
        credentials: '!GetAtt ApiRole.Arn'
`,
    errors: [
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/uri', message: /"\$\{MyFunction\.Arn\}"/},
      {pointer: '/paths/~1a/get/x-amazon-apigateway-integration/credentials', message: /!GetAtt/},
    ],
  },
  {
    name: 'OpenAPI 3.1: intrinsics in an authorizer and a webhook integration are reported',
    doc: `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
webhooks:
  ping:
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:function:ping/invocations'
components:
  securitySchemes:
    auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: token
        authorizerUri: {'Fn::Sub': 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${AuthFn.Arn}/invocations'}
        authorizerCredentials: 'arn:aws:iam::\${AWS::AccountId}:role/\${AuthRole}'
`,
    errors: [
      {pointer: '/components/securitySchemes/auth/x-amazon-apigateway-authorizer/authorizerUri', message: /Fn::Sub/},
      {pointer: '/components/securitySchemes/auth/x-amazon-apigateway-authorizer/authorizerCredentials', message: /"\$\{AuthRole\}"/},
    ],
  },
])
