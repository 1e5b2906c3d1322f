import type {Preset} from './index.js'

export const spec: Preset = {
  description: 'TODO',
  extends: [],
  rules: {},
}
