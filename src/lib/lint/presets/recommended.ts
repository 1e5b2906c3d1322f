import type {Preset} from './index.js'

export const recommended: Preset = {
  description: 'TODO',
  extends: [],
  rules: {},
}
