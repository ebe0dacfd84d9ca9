// Document numbers are personal data (DESIGN.md §4): shown masked by default, with only the last
// characters visible so the operator can still tell two documents apart.
const VISIBLE = 3

export function maskDocument(value: string): string {
  const visible = value.length > VISIBLE + 1 ? VISIBLE : Math.max(0, value.length - 2)
  return '•'.repeat(Math.max(value.length - visible, 1)) + value.slice(value.length - visible)
}
