import type {Preset} from './index.js'

export const gatewayHttp: Preset = {
  description: 'TODO',
  extends: [],
  rules: {},
}
