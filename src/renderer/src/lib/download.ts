// Saves text the Backend produced (`cache.export`) through a Blob link: the renderer has no file
// system access (sandbox), and the browser's download does the writing.
export function downloadText(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked a little later: Chromium reads the Blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
