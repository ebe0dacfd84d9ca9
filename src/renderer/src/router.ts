// Views and their titles. Hash history works the same under the app's custom protocol (DESIGN.md §6)
// and the browser test host's static server.
import { createRouter, type Router, type RouterHistory } from 'vue-router'
import { useOperatorsStore } from './stores/operators'
import SearchView from './views/SearchView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the view's name, used in the window title. */
    titleKey: string
  }
}

/**
 * The history position below which entries belong to an earlier session: an account page an operator
 * opened before the lock must not come back with Back for the next one (its ID is in the route).
 */
let sessionFloor: number | undefined

export function historyPosition(): number | undefined {
  const position = (window.history.state as { position?: unknown } | null)?.position
  return typeof position === 'number' ? position : undefined
}

/** The session locked: the view goes back to search, and what came before is out of reach of Back. */
export async function leaveViewsOnLock(router: Router): Promise<void> {
  await router.replace({ name: 'search' })
  sessionFloor = historyPosition()
}

export function createAppRouter(history: RouterHistory) {
  const router = createRouter({
    history,
    routes: [
      { path: '/', name: 'search', component: SearchView, meta: { titleKey: 'views.search' } },
      {
        path: '/setup',
        name: 'setup',
        component: () => import('./views/SetupView.vue'),
        meta: { titleKey: 'views.setup' }
      },
      {
        path: '/accounts/:id',
        name: 'account',
        component: () => import('./views/AccountView.vue'),
        // `?process=IDP…` / `?validation=VLD…`: a search by that Truora ID opens its detail at once.
        props: (route) => ({
          id: route.params.id,
          process: typeof route.query.process === 'string' ? route.query.process : undefined,
          validation: typeof route.query.validation === 'string' ? route.query.validation : undefined
        }),
        meta: { titleKey: 'views.account' }
      },
      {
        path: '/pending/:itemId',
        name: 'pending',
        component: () => import('./views/PendingAccountView.vue'),
        props: true,
        meta: { titleKey: 'views.pending' }
      },
      {
        path: '/create',
        name: 'create',
        component: () => import('./views/CreateView.vue'),
        meta: { titleKey: 'views.create' }
      },
      {
        path: '/outbox',
        name: 'outbox',
        component: () => import('./views/OutboxView.vue'),
        meta: { titleKey: 'views.outbox' }
      },
      {
        path: '/settings',
        name: 'settings',
        component: () => import('./views/SettingsView.vue'),
        meta: { titleKey: 'views.settings' }
      },
      {
        path: '/:rest(.*)*',
        name: 'not-found',
        component: () => import('./views/NotFoundView.vue'),
        meta: { titleKey: 'views.notFound' }
      }
    ]
  })

  // First run: with no operator there is nothing to look up, so every view leads to
  // the setup until one is added.
  router.beforeEach(async (to) => {
    // Back (or Forward) into an earlier session's pages: to search instead.
    const position = historyPosition()
    if (
      sessionFloor !== undefined &&
      position !== undefined &&
      position < sessionFloor &&
      to.name !== 'search'
    ) {
      return { name: 'search', replace: true }
    }
    const operators = useOperatorsStore()
    if (!operators.loaded) await operators.load()
    if (operators.loaded && operators.operators.length === 0 && to.name !== 'setup') {
      return { name: 'setup' }
    }
    return true
  })

  return router
}
