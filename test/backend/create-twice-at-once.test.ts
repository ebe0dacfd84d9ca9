// The same person sent twice before the first answer (a double click, a retry from a second window)
// is created once: the second call gets the first one's answer. Without an account ID Truora would
// otherwise make two accounts for one person. A different person at the same time still goes.
import { afterEach, beforeEach, expect, it } from 'vitest'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

let f: BackendFixture
beforeEach(async () => {
  f = await backendFixture()
  await f.addOperator()
})
afterEach(async () => {
  await f.close()
})

const posts = () => f.sim.count({ method: 'POST', pathPrefix: '/v1/accounts' })

it('creates a person sent twice at once only once, and answers both calls with that account', async () => {
  const person = { first_name: 'Lucía', last_name: 'Gómez', country: 'CO' as const }
  const [first, second] = await Promise.all([
    f.backend.accounts.create(person),
    f.backend.accounts.create({ last_name: 'Gómez', country: 'CO', first_name: 'Lucía' })
  ])
  expect(first.ok && first.data.status).toBe('created')
  expect(second).toEqual(first)
  expect(posts()).toBe(1)
})

it('still creates two different people sent at once', async () => {
  const answers = await Promise.all([
    f.backend.accounts.create({ first_name: 'Ana', country: 'CO' }),
    f.backend.accounts.create({ first_name: 'Bea', country: 'CO' })
  ])
  expect(answers.map((answer) => answer.ok && answer.data.status)).toEqual(['created', 'created'])
  expect(posts()).toBe(2)
})
