// lowdb adapters for the files of an operator's cache (docs/architecture.md "The operator's cache"): lowdb
// keeps each file's data in memory (a `Low` per file), these adapters seal it on the way to disk and check
// and unseal it on the way back (sealed-part.ts: deflate + AES-256-GCM under the operator's data key).
//   ManifestAdapter  the manifest, replaced atomically (temp file, fsync, rename, folder fsync)
//   PartAdapter      one part file: written once under a fresh name and fsynced, never rewritten
//                    (copy-on-write); read back only if its size and IV/tag match the manifest's entry
import { open, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Adapter } from 'lowdb'
import { replaceFile, writeAll } from '../fs/atomic-file'
import { errnoCode } from '../fs/errno-code'
import { checkManifest, type Manifest, type PartEntry } from './manifest'
import { decodeText, encodeJson } from './part-content'
import { manifestAad, manifestPathOf } from './part-names'
import { fingerprintOf, openBytes, sealBytes, type PartKey } from './sealed-part'
import type { CacheCorruptReason } from './types'

/** A file of the cache that exists but cannot be used: the caller moves it aside and reports it. */
export class CacheDamage extends Error {
  constructor(readonly reason: CacheCorruptReason) {
    super(`A cache file cannot be used (${reason}).`)
  }
}

/**
 * Node's fs errors name the path, which holds the user's name and the operator's id: only the code
 * is kept, so the error can go into a log line or a notice as it is. Such an error is not damage:
 * the file may be fine, so it is neither moved nor replaced.
 */
export function ioError(action: 'read' | 'write', error: unknown): Error {
  const code = errnoCode(error)
  return Object.assign(new Error(`Could not ${action} the cache file (${code}).`), { code })
}

export class ManifestAdapter implements Adapter<Manifest> {
  /** Size of the manifest file as last read or written. */
  bytesOnDisk = 0

  constructor(
    private readonly folder: string,
    private readonly operatorId: string,
    private readonly key: Promise<PartKey>
  ) {}

  /** The manifest, or null when there is none (a first start, or a cache still in an older format). */
  async read(): Promise<Manifest | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(manifestPathOf(this.folder))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw ioError('read', error)
    }
    const opened = await openBytes(bytes, manifestAad(this.operatorId), await this.key)
    if (!opened.ok) throw new CacheDamage(bytes.length < 28 ? 'not-an-envelope' : opened.reason)
    let value: unknown
    try {
      value = JSON.parse(decodeText(opened.bytes))
    } catch {
      throw new CacheDamage('invalid-content')
    }
    const checked = checkManifest(value, this.operatorId)
    if (!checked.ok) throw new CacheDamage(checked.reason)
    this.bytesOnDisk = bytes.length
    return checked.manifest
  }

  async write(manifest: Manifest): Promise<void> {
    const sealed = await sealBytes(encodeJson(manifest), manifestAad(this.operatorId), await this.key)
    try {
      await replaceFile(manifestPathOf(this.folder), sealed.bytes)
    } catch (error) {
      throw ioError('write', error)
    }
    this.bytesOnDisk = sealed.bytes.length
  }
}

export interface PartAdapterOptions<T> {
  path: string
  aad: string
  key: Promise<PartKey>
  /** What the manifest says the file is; required to read. */
  expected?: PartEntry
  encode: (data: T) => Uint8Array
  /** The data if the plaintext has this part's shape, otherwise undefined (damaged). */
  decode: (plain: Buffer) => T | undefined
}

export class PartAdapter<T> implements Adapter<T> {
  /** What the last write produced: the manifest's entry for the file, less its counts. */
  written?: Omit<PartEntry, 'name'>

  constructor(private readonly options: PartAdapterOptions<T>) {}

  /** The part's data; CacheDamage when it is missing, cut short, replaced or does not open. */
  async read(): Promise<T> {
    const { expected } = this.options
    if (expected === undefined) throw new Error('A part is read only with its manifest entry.')
    let bytes: Buffer
    try {
      bytes = await readFile(this.options.path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CacheDamage('missing-part')
      throw ioError('read', error)
    }
    if (bytes.length !== expected.bytes) throw new CacheDamage('not-an-envelope')
    // The manifest names each part by its IV and tag: one replaced by an older copy of itself (or
    // by any other sealed file) is refused even though it would decrypt on its own.
    if (fingerprintOf(bytes) !== expected.seal) throw new CacheDamage('decrypt-failed')
    const opened = await openBytes(bytes, this.options.aad, await this.options.key, expected.plainBytes)
    if (!opened.ok) throw new CacheDamage(opened.reason)
    const data = this.options.decode(opened.bytes)
    if (data === undefined) throw new CacheDamage('invalid-content')
    return data
  }

  /**
   * Writes the part under its (new) name and fsyncs it. Not renamed into place: no manifest names the
   * file yet, so a write cut short leaves an orphan that the next open removes, never a damaged part.
   */
  async write(data: T): Promise<void> {
    const plain = this.options.encode(data)
    const sealed = await sealBytes(plain, this.options.aad, await this.options.key)
    try {
      const handle = await open(this.options.path, 'w', 0o600)
      try {
        await writeAll(handle, sealed.bytes)
        // On disk before the manifest that names it: a power cut must not leave a named empty file.
        await handle.sync()
      } finally {
        await handle.close()
      }
    } catch (error) {
      throw ioError('write', error)
    }
    this.written = {
      seal: fingerprintOf(sealed.bytes),
      bytes: sealed.bytes.length,
      plainBytes: sealed.plainBytes
    }
  }

  get folder(): string {
    return dirname(this.options.path)
  }
}
