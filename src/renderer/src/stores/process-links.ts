// The identity-process links created in this session, per account, so the agent can show one again
// (its QR code) while it is valid. In memory only: a link is a bearer token for the person's process,
// so it is not written anywhere (DESIGN.md §4 "presigned … never cache them as lasting").
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ProcessLink } from '@shared/domain/processes'

export const useProcessLinksStore = defineStore('process-links', () => {
  const byAccount = ref(new Map<string, ProcessLink[]>())

  function add(link: ProcessLink): void {
    const next = new Map(byAccount.value)
    next.set(link.accountId, [link, ...(next.get(link.accountId) ?? [])])
    byAccount.value = next
  }

  function of(accountId: string): ProcessLink[] {
    return byAccount.value.get(accountId) ?? []
  }

  return { add, of }
})
