// An operator's secrets wrapped by their passphrase (DESIGN.md §4 "secrets … stored in the keychain only
// wrapped"; README "Security", threat model). The wrapping key is derived with scrypt — memory-hard, so
// an offline guess costs 128 MiB and a fraction of a second of a core, not a microsecond of a GPU —
// and seals `{ apiKey, dataKey }` with AES-256-GCM. The additional authenticated data binds the
// operator id and the blob's version, so one operator's blob cannot be passed off as another's.
// The KDF's parameters and salt are stored beside the blob, so they can be raised later per operator
// without breaking those wrapped before. Node's `crypto.scrypt` (no new dependency) runs in libuv's
// thread pool: a derivation never holds the main process's event loop.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { z } from 'zod'

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number
  r: number
  p: number
}

/**
 * N = 2^17, r = 8, p = 1: 128 MiB per derivation, 0.27–0.65 s of one core on the 2-core build machine
 * (README "Security", measured with `npm run bench -- --sections vault`); the floor is 100 ms.
 */
export const DEFAULT_SCRYPT_COST: Readonly<ScryptCost> = { N: 2 ** 17, r: 8, p: 1 }

/**
 * The most a stored blob may ask for: a blob is read from the keychain, and without a bound a damaged
 * or planted one could make an unlock allocate gigabytes.
 */
const MAX_N = 2 ** 20
const MAX_R = 32
const MAX_P = 16
const SALT_BYTES = 16
const KEY_BYTES = 32
const IV_BYTES = 12
const TAG_BYTES = 16
const VERSION = 1

export interface VaultSecrets {
  apiKey: string
  /** The cache's data key, 32 bytes. */
  dataKey: Buffer
}

const b64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(16_384)
const wrappedSchema = z.strictObject({
  version: z.literal(VERSION),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2)
      .max(MAX_N)
      .refine((n) => (n & (n - 1)) === 0),
    r: z.number().int().min(1).max(MAX_R),
    p: z.number().int().min(1).max(MAX_P),
    salt: b64
  }),
  iv: b64,
  tag: b64,
  ciphertext: b64
})
type Wrapped = z.infer<typeof wrappedSchema>

const secretsSchema = z.strictObject({ apiKey: z.string().min(1).max(4096), dataKey: b64 })

/** What the stored blob says of its KDF (for tests and diagnostics: no secret in it). */
export function kdfOf(stored: string): ScryptCost | undefined {
  const parsed = parseWrapped(stored)
  return parsed === undefined ? undefined : { N: parsed.kdf.N, r: parsed.kdf.r, p: parsed.kdf.p }
}

/** The blob to keep in the keychain: JSON text with the KDF's parameters, salt, IV, tag and ciphertext. */
export async function wrapSecrets(
  operatorId: string,
  passphrase: string,
  secrets: VaultSecrets,
  cost: ScryptCost = DEFAULT_SCRYPT_COST
): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await deriveKey(passphrase, salt, cost)
  const plain = Buffer.from(
    JSON.stringify({ apiKey: secrets.apiKey, dataKey: secrets.dataKey.toString('base64') }),
    'utf8'
  )
  try {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
    cipher.setAAD(aadOf(operatorId))
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()])
    const wrapped: Wrapped = {
      version: VERSION,
      kdf: { name: 'scrypt', ...pick(cost), salt: salt.toString('base64') },
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64')
    }
    return JSON.stringify(wrapped)
  } finally {
    key.fill(0)
    plain.fill(0)
  }
}

export type Unwrapped = { ok: true; secrets: VaultSecrets } | { ok: false; reason: 'wrong' | 'damaged' }

/**
 * The secrets, or why not: 'wrong' when the tag does not verify (a wrong passphrase — GCM cannot tell
 * it from altered bytes, and neither needs telling apart), 'damaged' when the blob is not one.
 */
export async function unwrapSecrets(
  operatorId: string,
  passphrase: string,
  stored: string
): Promise<Unwrapped> {
  const wrapped = parseWrapped(stored)
  if (wrapped === undefined) return { ok: false, reason: 'damaged' }
  const iv = Buffer.from(wrapped.iv, 'base64')
  const tag = Buffer.from(wrapped.tag, 'base64')
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return { ok: false, reason: 'damaged' }
  const key = await deriveKey(passphrase, Buffer.from(wrapped.kdf.salt, 'base64'), wrapped.kdf)
  let plain: Buffer | undefined
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
    decipher.setAAD(aadOf(operatorId))
    decipher.setAuthTag(tag)
    try {
      plain = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()])
    } catch {
      return { ok: false, reason: 'wrong' }
    }
    const secrets = secretsSchema.safeParse(safeJson(plain.toString('utf8')))
    if (!secrets.success) return { ok: false, reason: 'damaged' }
    const dataKey = Buffer.from(secrets.data.dataKey, 'base64')
    if (dataKey.length !== KEY_BYTES) return { ok: false, reason: 'damaged' }
    return { ok: true, secrets: { apiKey: secrets.data.apiKey, dataKey } }
  } finally {
    key.fill(0)
    plain?.fill(0)
  }
}

/** NFC: the same words typed on another keyboard or OS (a precomposed or combining "é") open the vault. */
function deriveKey(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node refuses above 32 MiB unless told, so the bound follows the cost.
  const maxmem = 128 * cost.N * cost.r + 32 * 1024 * 1024
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { ...pick(cost), maxmem }, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  })
}

function aadOf(operatorId: string): Buffer {
  return Buffer.from(`truora-account-lookup/vault/v${VERSION}/${operatorId}`, 'utf8')
}

function pick({ N, r, p }: ScryptCost): ScryptCost {
  return { N, r, p }
}

function parseWrapped(stored: string): Wrapped | undefined {
  const parsed = wrappedSchema.safeParse(safeJson(stored))
  return parsed.success ? parsed.data : undefined
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
