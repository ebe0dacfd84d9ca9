// Module resolve hook registered by electron-stand-in-loader.mjs: `electron` → the stand-in.
const STAND_IN = new URL('./electron-stand-in.ts', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true }
  return nextResolve(specifier, context)
}
