// Document types named as each country calls them (a Brazilian national ID is not a "Cédula de
// ciudadanía"): Truora's `document_type` is one of four generic values (docs/truora-api.md "Validations
// API"), and its guide "Documents types and validation methods per country" lists which each country
// uses. These are the documents' own names, the same in every UI language; any other country, or a
// type a country has no name for here, falls back to the generic name in the UI language.
import type { DocumentType } from '@shared/domain/truora-records'

const BY_COUNTRY: Readonly<Record<string, Partial<Record<DocumentType, string>>>> = {
  AR: { 'national-id': 'DNI' },
  BO: { 'national-id': 'Cédula de identidad' },
  BR: { 'national-id': 'RG / CPF', 'foreign-id': 'RNE / CRNM' },
  CL: { 'national-id': 'Cédula de identidad (RUN)', 'foreign-id': 'Cédula de identidad para extranjeros' },
  CO: {
    'national-id': 'Cédula de ciudadanía',
    'foreign-id': 'Cédula de extranjería',
    'identity-card': 'Tarjeta de identidad'
  },
  CR: { 'national-id': 'Cédula de identidad', 'foreign-id': 'DIMEX' },
  DO: { 'national-id': 'Cédula de identidad y electoral' },
  EC: { 'national-id': 'Cédula de identidad' },
  GT: { 'national-id': 'DPI' },
  HN: { 'national-id': 'DNI' },
  MX: { 'national-id': 'INE / IFE', 'foreign-id': 'Tarjeta de residente' },
  PA: { 'national-id': 'Cédula de identidad personal' },
  PE: { 'national-id': 'DNI', 'foreign-id': 'Carné de extranjería' },
  PY: { 'national-id': 'Cédula de identidad' },
  SV: { 'national-id': 'DUI' },
  UY: { 'national-id': 'Cédula de identidad' },
  VE: { 'national-id': 'Cédula de identidad' }
}

/** The country's own name for a document type, if it has one here. */
export function countryDocumentName(country: string | undefined, type: string): string | undefined {
  if (!country) return undefined
  return BY_COUNTRY[country.trim().toUpperCase()]?.[type as DocumentType]
}
