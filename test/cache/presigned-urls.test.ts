// Presigned media URLs expire after 15 minutes (TRUORA_API.md "Validations API", DESIGN.md §4): the
// cache drops them, marks where they were, and keeps ordinary URLs; on disk as in memory.
import { describe, expect, it } from 'vitest'
import type { ProcessResult, Validation } from '@shared/domain/truora-records'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { isPresignedUrl, stripPresignedUrls } from '../../src/main/cache/presigned-urls'
import { cacheInTemp, FETCHED_AT, openAt } from '../support/cache-helpers'

const S3 = [
  'https://truora-media.s3.amazonaws.com/VLD1/front.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256',
  'X-Amz-Credential=AKIA%2F20240522',
  'X-Amz-Date=20240522T233112Z',
  'X-Amz-Expires=900',
  'X-Amz-SignedHeaders=host',
  'X-Amz-Signature=abc123'
].join('&')
const CLOUDFRONT = 'https://d1.cloudfront.net/selfie.png?Expires=1716420672&Signature=xyz&Key-Pair-Id=K1'
const GCS = 'https://storage.googleapis.com/b/o.jpg?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=f00'
const PLAIN = 'https://www.truora.com/terms?lang=es'

describe('presigned URL detection', () => {
  it('recognises signed S3, CloudFront and Cloud Storage links, and nothing else', () => {
    const signed = [S3, CLOUDFRONT, GCS, S3.replace('https:', 'http:')]
    expect(signed.map(isPresignedUrl)).toEqual([true, true, true, true])
    const unsigned = [
      PLAIN,
      'https://truora.com/a.jpg',
      'front image ?Signature=1',
      'ftp://x/y?Signature=1',
      'https://[bad?Signature=1'
    ]
    expect(unsigned.map(isPresignedUrl)).toEqual([false, false, false, false, false])
  })

  it('removes signed links, marks the object that held them, and leaves the input alone', () => {
    const input = {
      validation_id: 'VLD1',
      redirect_url: PLAIN,
      details: {
        document_details: { front_image: S3, back_image: GCS, name: 'José' },
        background_check: { status: 'clear' },
        images: [CLOUDFRONT, PLAIN, { selfie: S3 }]
      }
    }
    const copy = JSON.parse(JSON.stringify(input)) as typeof input
    expect(stripPresignedUrls(input)).toEqual({
      validation_id: 'VLD1',
      redirect_url: PLAIN,
      details: {
        document_details: { name: 'José', _mediaExpired: true },
        background_check: { status: 'clear' },
        // The array lost a link and cannot carry the mark: its object does.
        images: [PLAIN, { _mediaExpired: true }],
        _mediaExpired: true
      }
    })
    expect(input).toEqual(copy)
  })

  it('keeps a __proto__ key in Truora data as plain data', () => {
    const input = JSON.parse('{"__proto__": {"front_image": "x"}, "ok": 1}') as Record<string, unknown>
    const stripped = stripPresignedUrls(input)
    expect(Object.getPrototypeOf(stripped)).toBe(Object.prototype)
    expect(Object.hasOwn(stripped, '__proto__')).toBe(true)
  })
})

describe('the cache and presigned URLs', () => {
  it('stores validations and process results without their signed links, also after reopening', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const validation: Validation = {
      validation_id: 'VLD1',
      account_id: 'ACC1',
      type: 'face-recognition',
      details: { face_recognition_validations: { enrollment_image: S3, similarity_status: 'success' } }
    }
    const result: ProcessResult = {
      process_id: 'IDP1',
      account_id: 'ACC1',
      status: 'success',
      validations: [validation]
    }
    const { store } = await openAt(at, key)
    store.validations.put(validation, FETCHED_AT)
    store.validations.putForAccount('ACC1', [validation], FETCHED_AT)
    store.processes.putResult(result, FETCHED_AT)
    const expected = {
      ...validation,
      details: { face_recognition_validations: { similarity_status: 'success', _mediaExpired: true } }
    }
    expect(await store.validations.get('VLD1')).toEqual({ data: expected, fetchedAt: FETCHED_AT })
    await store.close()
    const { store: again } = await openAt(at, key)
    expect(await again.validations.get('VLD1')).toEqual({ data: expected, fetchedAt: FETCHED_AT })
    expect((await again.validations.forAccount('ACC1'))?.data).toEqual([expected])
    expect(await again.processes.result('IDP1')).toEqual({
      data: { ...result, validations: [expected] },
      fetchedAt: FETCHED_AT
    })
    await again.close()
  })
})
