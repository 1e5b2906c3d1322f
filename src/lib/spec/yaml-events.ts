// js-yaml's event type ids (EVENT_ID in js-yaml 5) and the plain scalar style, copied so that the modules reading
// events need no runtime import of js-yaml (it is loaded only when a YAML file is read).
export const DOCUMENT = 1
export const SEQUENCE = 2
export const MAPPING = 3
export const SCALAR = 4
export const ALIAS = 5
export const POP = 6
export const PLAIN_STYLE = 1
