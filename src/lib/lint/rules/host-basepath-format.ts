import type {Rule} from '../types.js'

const rule: Rule = {
  id: 'host-basepath-format',
  category: 'spec',
  description:
    'In 2.0, `host` is the host name only (a port is allowed; no scheme, path or template) and `basePath` MUST start with a slash.',
  defaultSeverity: 'error',
  docs: 'https://swagger.io/specification/v2/#swagger-object',
  versions: ['2.0'],
  check(ctx) {
    const {host, basePath} = ctx.index.root
    if (typeof host === 'string') {
      let problem: string | undefined
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) problem = 'must not include the scheme'
      else if (host.includes('/')) problem = 'must not include a path (put it in "basePath")'
      else if (/[{}]/.test(host)) problem = 'does not support templating'
      else if (/[\s?#]/.test(host)) problem = 'must be a host name, with an optional port'
      if (problem) ctx.report({message: `"host" ${problem}: "${host}".`, at: {file: ctx.spec.root, pointer: '/host'}})
    }
    if (typeof basePath === 'string' && !basePath.startsWith('/')) {
      ctx.report({message: `"basePath" must start with "/": "${basePath}".`, at: {file: ctx.spec.root, pointer: '/basePath'}})
    }
  },
}
export default rule
