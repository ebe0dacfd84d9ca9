// Types for build/after-pack.mjs (plain JS, because electron-builder loads it without a TypeScript step).
import type { FuseV1Config } from '@electron/fuses'

export interface PackContextLike {
  appOutDir: string
  electronPlatformName: string
  packager: { executableName?: string; appInfo: { productFilename: string } }
}

export const FUSES: Record<string, boolean>
export function fuseConfig(settings?: Record<string, boolean>): FuseV1Config
export function packagedExecutable(context: PackContextLike): string
export default function afterPack(context: PackContextLike): Promise<void>
