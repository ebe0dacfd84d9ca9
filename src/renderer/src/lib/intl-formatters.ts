// One Intl formatter per locale and options, made on first use and kept: building one costs far more
// than formatting with it, and the result list formats an age for every row on every keystroke (npm run
// bench, renderer section: before this, making RelativeTimeFormat and NumberFormat objects was the
// page's largest JavaScript cost while typing).

const relativeTimes = new Map<string, Intl.RelativeTimeFormat>()
const numbers = new Map<string, Intl.NumberFormat>()
const dateTimes = new Map<string, Intl.DateTimeFormat>()

function cached<F, O>(store: Map<string, F>, locale: string, options: O, make: () => F): F {
  const key = `${locale}\u0000${JSON.stringify(options)}`
  let formatter = store.get(key)
  if (formatter === undefined) {
    formatter = make()
    store.set(key, formatter)
  }
  return formatter
}

export function relativeTimeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions
): Intl.RelativeTimeFormat {
  return cached(relativeTimes, locale, options, () => new Intl.RelativeTimeFormat(locale, options))
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numbers, locale, options, () => new Intl.NumberFormat(locale, options))
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimes, locale, options, () => new Intl.DateTimeFormat(locale, options))
}
