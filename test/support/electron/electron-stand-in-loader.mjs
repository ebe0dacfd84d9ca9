// `node --import tsx --import ./test/electron/electron-stand-in-loader.mjs …`: resolves the bare
// specifier `electron` to the recording stand-in, so the BUILT main bundle (out/main/index.js) can be
// loaded under plain Node (DESIGN.md §7). tsx, registered first, loads the stand-in's TypeScript.
import { register } from 'node:module'

register('./electron-stand-in-hooks.mjs', import.meta.url)
