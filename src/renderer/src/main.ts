import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { createWebHashHistory } from 'vue-router'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { useSettingsStore } from './stores/settings'
import './styles/theme.css'
import './styles/base.css'
import './styles/shell.css'
import './styles/widgets.css'
import './styles/forms.css'
import './styles/views.css'
import './styles/overlays.css'
import './styles/lock.css'
import './styles/capture.css'
import './styles/field.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(createAppI18n(useSettingsStore(pinia).locale))
app.use(createAppRouter(createWebHashHistory()))
app.mount('#app')
