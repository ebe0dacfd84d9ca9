import { describe, expect, it } from 'vitest'
import { filterTimeline, latestEntry, mergeTimeline } from '@renderer/lib/timeline'
import type { IdentityProcess, Validation } from '@shared/domain/truora-records'

const validations: Validation[] = [
  {
    validation_id: 'VLDold',
    validation_status: 'success',
    creation_date: '2024-05-20T10:00:00Z',
    type: 'face-recognition'
  },
  {
    validation_id: 'VLDnew',
    validation_status: 'failure',
    failure_status: 'declined',
    declined_reason: 'geolocation_denied',
    creation_date: '2024-05-22T23:31:12.952650107Z',
    type: 'document-validation'
  },
  { validation_id: 'VLDundated', validation_status: 'pending' }
]
const processes: IdentityProcess[] = [
  {
    process_id: 'IDPmid',
    status: 'pending',
    created_via: 'whatsapp',
    creation_date: '2024-05-21T08:00:00.5Z',
    flow_id: 'IPF1'
  },
  { process_id: 'IDPsame', status: 'SUCCESS', created_via: 'web', creation_date: '2024-05-20T10:00:00Z' },
  { process_id: 'IDPupdated', status: 'weird-new-status', update_date: '2024-05-23T00:00:00Z' }
]

describe('mergeTimeline: validations and processes on one line', () => {
  it('orders by date, newest first, whatever the precision, with undated entries last', () => {
    expect(mergeTimeline(validations, processes).map((entry) => entry.id)).toEqual([
      'IDPupdated',
      'VLDnew',
      'IDPmid',
      'IDPsame',
      'VLDold',
      'VLDundated'
    ])
  })

  it('keeps the order stable whichever list comes first', () => {
    const forward = mergeTimeline(validations, processes).map((entry) => entry.id)
    const reversed = mergeTimeline([...validations].reverse(), [...processes].reverse()).map(
      (entry) => entry.id
    )
    expect(reversed).toEqual(forward)
  })

  it('carries the status chip, decline reason, channel and type', () => {
    const byId = new Map(mergeTimeline(validations, processes).map((entry) => [entry.id, entry]))
    expect(byId.get('VLDnew')).toMatchObject({
      kind: 'validation',
      status: 'failure',
      failureStatus: 'declined',
      declinedReason: 'geolocation_denied',
      type: 'document-validation'
    })
    expect(byId.get('IDPmid')).toMatchObject({
      kind: 'process',
      status: 'pending',
      channel: 'whatsapp',
      flowId: 'IPF1'
    })
    expect(byId.get('IDPsame')?.status).toBe('success')
    expect(byId.get('IDPupdated')).toMatchObject({ status: 'unknown', date: '2024-05-23T00:00:00Z' })
  })

  it('is empty for an account with no history', () => {
    expect(mergeTimeline([], [])).toEqual([])
  })

  it('keeps the status as Truora wrote it, for support', () => {
    const byId = new Map(mergeTimeline(validations, processes).map((entry) => [entry.id, entry]))
    expect(byId.get('IDPsame')).toMatchObject({ status: 'success', rawStatus: 'SUCCESS' })
    expect(byId.get('IDPupdated')).toMatchObject({ status: 'unknown', rawStatus: 'weird-new-status' })
  })
})

describe('the account’s verdict and the filtered history', () => {
  const timeline = mergeTimeline(validations, processes)

  it('gives the newest dated entry as the verdict, and none for an undated history', () => {
    expect(latestEntry(timeline)?.id).toBe('IDPupdated')
    expect(latestEntry(mergeTimeline([{ validation_id: 'VLDx', validation_status: 'pending' }], []))).toBe(
      undefined
    )
    expect(latestEntry([])).toBeUndefined()
  })

  it('filters by kind and by status, keeping the order', () => {
    expect(filterTimeline(timeline, { kind: 'validation' }).map((entry) => entry.id)).toEqual([
      'VLDnew',
      'VLDold',
      'VLDundated'
    ])
    expect(filterTimeline(timeline, { status: 'success' }).map((entry) => entry.id)).toEqual([
      'IDPsame',
      'VLDold'
    ])
    expect(filterTimeline(timeline, { kind: 'process', status: 'pending' }).map((entry) => entry.id)).toEqual(
      ['IDPmid']
    )
    expect(filterTimeline(timeline, {})).toHaveLength(timeline.length)
  })
})
