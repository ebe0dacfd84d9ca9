// Section 3, memory (DESIGN.md §4 "Open"; target, README "Performance": ≤ 0.75× the plaintext after the
// first search): a fresh process opens the operator's workspace (manifest + index snapshot) and answers a
// first search; heap and ArrayBuffer memory are read after a full collection, right then and once every
// accounts part has loaded in the background, beside the plaintext size.
import { runChild } from '../child/run-child'
import { MB, printTable, type Figures, type Section } from '../report'

interface Memory {
  heap: number
  arrayBuffers: number
  rss: number
}

export const memorySection: Section = {
  name: 'memory',
  title: 'Memory',
  async run(context) {
    const fixture = await context.cacheFixture()
    const { base, memory, loadedMemory } = runChild<{ base: Memory; memory: Memory; loadedMemory: Memory }>(
      'workspace',
      fixture
    )
    const held = memory.heap + memory.arrayBuffers
    const loadedHeld = loadedMemory.heap + loadedMemory.arrayBuffers
    const figures: Figures = {
      plaintextMB: fixture.plaintextBytes / MB,
      heapMB: memory.heap / MB,
      arrayBuffersMB: memory.arrayBuffers / MB,
      rssMB: memory.rss / MB,
      // What the process held before opening anything: Node, the modules, the libraries.
      baseHeapMB: (base.heap + base.arrayBuffers) / MB,
      heldOverPlaintext: held / fixture.plaintextBytes,
      openedOverPlaintext: (held - base.heap - base.arrayBuffers) / fixture.plaintextBytes,
      loadedHeapMB: loadedMemory.heap / MB,
      loadedArrayBuffersMB: loadedMemory.arrayBuffers / MB,
      loadedRssMB: loadedMemory.rss / MB,
      loadedHeldOverPlaintext: loadedHeld / fixture.plaintextBytes
    }
    const index = context.results.search?.indexMemoryMB
    if (typeof index === 'number') figures.indexMB = index
    printTable(
      `Memory right after the first search (MB; ratios to the ${(figures.plaintextMB as number).toFixed(1)} MB plaintext)`,
      ['', 'MB', '÷ plaintext'],
      [
        ['heap + ArrayBuffers, whole process', held / MB, figures.heldOverPlaintext as number],
        [
          '  of which before opening',
          figures.baseHeapMB as number,
          (base.heap + base.arrayBuffers) / fixture.plaintextBytes
        ],
        [
          '  of which cache + index',
          (held - base.heap - base.arrayBuffers) / MB,
          figures.openedOverPlaintext as number
        ],
        ...(typeof index === 'number'
          ? [['  of which the index (search section)', index, (index * MB) / fixture.plaintextBytes]]
          : []),
        ['RSS', figures.rssMB as number, memory.rss / fixture.plaintextBytes],
        [
          'heap + ArrayBuffers once every accounts part loaded',
          loadedHeld / MB,
          figures.loadedHeldOverPlaintext as number
        ],
        ['RSS then', figures.loadedRssMB as number, loadedMemory.rss / fixture.plaintextBytes]
      ]
    )
    return figures
  }
}
