// Packaging checks without packaging: the fuse settings as data, the afterPack hook flipping them in
// a stand-in Electron binary (a file carrying the fuse sentinel and wire, which is all
// @electron/fuses reads), and electron-builder.yml passing electron-builder's own schema.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util/out/DebugLogger'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import afterPack, { FUSES, fuseConfig, packagedExecutable } from '../../build/after-pack.mjs'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// The wire as Electron ships it: RunAsNode, NODE_OPTIONS, --inspect, file:// privileges and Wasm trap
// handlers on; cookie encryption, asar integrity, asar-only and the V8 snapshot off.
const SHIPPED_WIRE = '101100011'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuses-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function standInBinary(path: string): Promise<void> {
  const filler = Buffer.alloc(64 * 1024, 0x90)
  const wire = Buffer.concat([
    Buffer.from(SENTINEL),
    Buffer.from([1, SHIPPED_WIRE.length]),
    Buffer.from(SHIPPED_WIRE)
  ])
  await writeFile(path, Buffer.concat([filler, wire, filler]))
}

describe('fuses', () => {
  it('are the settings DESIGN.md §6 asks for', () => {
    expect(FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableCookieEncryption: true,
      // The UI is served from app://, so file:// needs none of its extra privileges (checklist 18).
      GrantFileProtocolExtraPrivileges: false
    })
  })

  it('map onto @electron/fuses options and refuse an unknown name', () => {
    const config = fuseConfig()
    expect(config[FuseV1Options.RunAsNode]).toBe(false)
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(() => fuseConfig({ RunAsNod: false })).toThrow(/Unknown fuse/)
  })

  it('are flipped by the afterPack hook in the packaged Linux executable', async () => {
    const context = {
      appOutDir: dir,
      electronPlatformName: 'linux',
      packager: {
        executableName: 'truora-account-lookup',
        appInfo: { productFilename: 'Truora Account Lookup' }
      }
    }
    const binary = packagedExecutable(context)
    expect(binary).toBe(join(dir, 'truora-account-lookup'))
    await standInBinary(binary)
    const before = await readFile(binary)

    await afterPack(context)

    const wire = await getCurrentFuseWire(binary)
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE)
    // Fuses not in the config keep what Electron shipped.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.WasmTrapHandlers]).toBe(FuseState.ENABLE)
    // Only the wire changed: same size, every other byte identical.
    const after = await readFile(binary)
    expect(after.length).toBe(before.length)
    const changed = [...after.keys()].filter((i) => after[i] !== before[i])
    const wireStart = 64 * 1024 + SENTINEL.length + 2
    expect(changed.every((i) => i >= wireStart && i < wireStart + SHIPPED_WIRE.length)).toBe(true)
  })

  it('find the executable where electron-builder puts it on Windows and macOS', () => {
    const packager = { appInfo: { productFilename: 'Truora Account Lookup' } }
    expect(packagedExecutable({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      join('/o', 'Truora Account Lookup.exe')
    )
    expect(packagedExecutable({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      join('/o', 'Truora Account Lookup.app')
    )
  })
})

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema and wires the hook, the icon and keytar's unpacking", async () => {
    const config = await getConfig(process.cwd(), null, null)
    await validateConfiguration(config, new DebugLogger(false))
    expect(config.appId).toBe('com.truora.accountlookup')
    expect(config.productName).toBe('Truora Account Lookup')
    expect(config.directories?.output).toBe('dist')
    expect(config.afterPack).toBe('./build/after-pack.mjs')
    expect(config.asarUnpack).toContain('**/node_modules/keytar/**/*.node')
    expect(config.icon).toBe('build/icon.png')
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toBe('nsis')
    expect(config.mac?.target).toBe('dmg')
  })

  it('has a 512×512 PNG icon', async () => {
    const png = await readFile('build/icon.png')
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512])
  })
})
