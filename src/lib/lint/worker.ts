// Worker thread for `runLint` batches: lints the documents the main thread sends, one message each.
import {parentPort, workerData} from 'node:worker_threads'
import {loadConfig} from '../config/config.js'
import {ApixError} from '../errors.js'
import {lintOne, readIgnores, type LintRunOptions} from './run.js'

const data = workerData as LintRunOptions & {today?: string}
const options: LintRunOptions = {...data, today: data.today ? new Date(data.today) : undefined}
const config = await loadConfig({cwd: options.cwd, ...(options.configFile ? {file: options.configFile} : {})})
const ignores = await readIgnores(options)

parentPort!.on('message', async (m: {i: number; input: string}) => {
  try {
    const r = await lintOne(m.input, config, ignores, options)
    if (r instanceof ApixError) parentPort!.postMessage({i: m.i, error: {message: r.message, exitCode: r.exitCode, hint: r.hint, location: r.location}})
    else parentPort!.postMessage({i: m.i, report: r})
  } catch (error) {
    parentPort!.postMessage({i: m.i, bug: (error as Error).stack ?? String(error)})
  }
})
