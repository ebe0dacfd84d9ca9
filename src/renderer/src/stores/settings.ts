// UI preferences: language and theme, kept in localStorage (not secret, per machine). The app shell
// applies them to vue-i18n and the document.
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { detectLocale, isLocale, type Locale } from '../i18n'

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

const LOCALE_KEY = 'settings:locale'
const THEME_KEY = 'settings:theme'

function storedTheme(): Theme {
  const value = localStorage.getItem(THEME_KEY)
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system'
}

export const useSettingsStore = defineStore('settings', () => {
  const stored = localStorage.getItem(LOCALE_KEY)
  const locale = ref<Locale>(isLocale(stored) ? stored : detectLocale(navigator.language))
  const theme = ref<Theme>(storedTheme())

  watch(locale, (value) => localStorage.setItem(LOCALE_KEY, value))
  watch(theme, (value) => localStorage.setItem(THEME_KEY, value))

  return { locale, theme }
})
