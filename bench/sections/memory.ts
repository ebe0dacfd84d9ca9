// Section 3, memory (issue 4 target: backend heap ≤ 3× the plaintext JSON size): a fresh process opens
// the operator's workspace (cache + search index) and answers a first search; heap and ArrayBuffer
// memory are read after a full collection, beside the plaintext size.
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
    const { base, memory } = runChild<{ base: Memory; memory: Memory }>('workspace', fixture)
    const held = memory.heap + memory.arrayBuffers
    const figures: Figures = {
      plaintextMB: fixture.plaintextBytes / MB,
      heapMB: memory.heap / MB,
      arrayBuffersMB: memory.arrayBuffers / MB,
      rssMB: memory.rss / MB,
      // What the process held before opening anything: Node, the modules, the libraries.
      baseHeapMB: (base.heap + base.arrayBuffers) / MB,
      heldOverPlaintext: held / fixture.plaintextBytes,
      openedOverPlaintext: (held - base.heap - base.arrayBuffers) / fixture.plaintextBytes
    }
    const index = context.results.search?.indexMemoryMB
    if (typeof index === 'number') figures.indexMB = index
    printTable(
      `Memory with the cache open (MB; ratios to the ${(figures.plaintextMB as number).toFixed(1)} MB plaintext)`,
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
        ['RSS', figures.rssMB as number, memory.rss / fixture.plaintextBytes]
      ]
    )
    return figures
  }
}
