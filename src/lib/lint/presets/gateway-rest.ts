import type {Preset} from './index.js'

export const gatewayRest: Preset = {
  description: 'TODO',
  extends: [],
  rules: {},
}
