// A document type's name for the operator: the country's own (lib/document-types.ts), else the
// generic one in the UI language, else the raw value (a type Truora added since).
import { useI18n } from 'vue-i18n'
import { countryDocumentName } from '../lib/document-types'

export function useDocumentType() {
  const { t, te } = useI18n()
  return {
    documentTypeName(type: string | undefined, country?: string): string | undefined {
      if (!type) return undefined
      return (
        countryDocumentName(country, type) ??
        (te(`documentTypes.${type}`) ? t(`documentTypes.${type}`) : type)
      )
    }
  }
}
