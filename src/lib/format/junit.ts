import type {LintReport, LintResult} from '../lint/types.js'
import {failureText, groupByFile, reportFiles} from './findings.js'
import type {FormatOptions} from './types.js'

/**
 * JUnit XML for CI test dashboards (GitLab, Jenkins, Azure DevOps): a test suite per file, a test case per finding
 * (named `rule-id at line:column`, so each row shows where to look), failing at error and warning, passing with the
 * text in `system-out` at info and hint. A clean file gets one passing case, so the dashboard shows it was linted.
 */
export default function junit(report: LintReport, options: FormatOptions): string {
  const groups = groupByFile(report.results)
  const suites: string[] = []
  let tests = 0
  let failures = 0
  for (const file of reportFiles(report.results, options.files)) {
    const findings = groups.get(file) ?? []
    const cases = findings.length === 0 ? [`    <testcase classname=${attr(file)} name="apix lint" file=${attr(file)} time="0"/>`] : findings.map(testCase)
    const failed = findings.filter(fails).length
    tests += cases.length
    failures += failed
    suites.push(
      `  <testsuite name=${attr(file)} tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="0">`,
      ...cases,
      '  </testsuite>',
    )
  }
  // A file that could not be linted is a test that could not run: an error, not a failure.
  const errors = options.failures ?? []
  for (const f of errors) {
    suites.push(
      `  <testsuite name=${attr(f.file)} tests="1" failures="0" errors="1" skipped="0" time="0">`,
      `    <testcase classname=${attr(f.file)} name="apix lint" file=${attr(f.file)}${f.line === undefined ? '' : ` line="${f.line}"`} time="0"><error type="apix" message=${attr(f.message)}>${text(failureText(f))}</error></testcase>`,
      '  </testsuite>',
    )
  }
  tests += errors.length
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="apix lint" tests="${tests}" failures="${failures}" errors="${errors.length}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}

function fails(r: LintResult): boolean {
  return r.severity === 'error' || r.severity === 'warning'
}

function testCase(r: LintResult): string {
  const open = `    <testcase classname=${attr(r.file)} name=${attr(`${r.ruleId} at ${r.line}:${r.column}`)} file=${attr(r.file)} line="${r.line}" time="0">`
  const detail = text(`${r.file}:${r.line}:${r.column} ${r.severity} ${r.message} (${r.ruleId}) at ${r.pointer || '/'}`)
  const body = fails(r) ? `<failure type=${attr(r.severity)} message=${attr(r.message)}>${detail}</failure>` : `<system-out>${detail}</system-out>`
  return `${open}${body}</testcase>`
}

/**
 * Characters XML 1.0 cannot carry at all, even as references (most C0 controls, lone surrogates, U+FFFE/U+FFFF),
 * become U+FFFD, or a message from a spec could make the whole report unreadable.
 */
function xmlChars(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}

function text(s: string): string {
  return xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

/** A quoted attribute value; line breaks and tabs as references, which attribute-value normalisation would otherwise turn into spaces. */
function attr(s: string): string {
  const escaped = text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
  return `"${escaped}"`
}
