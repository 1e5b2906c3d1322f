// What bin/run.js starts: oclif's `execute`, from the same bundled copy of @oclif/core that the commands extend (see
// scripts/bundle.mjs), so one copy is loaded, from one file.
export {execute} from '@oclif/core'
