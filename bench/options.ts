// Command line of `npm run bench` (scripts/bench.mjs passes its arguments through).

/** Thrown for --help: the usage is printed and the run ends without error. */
export class HelpRequested extends Error {
  constructor() {
    super(USAGE)
  }
}

export interface BenchOptions {
  accounts: number
  seed: number
  /** Names of the sections to run, in order; all by default. */
  sections: string[]
  /** Child-process repetitions of each open measurement; the median is reported. */
  repeats: number
}

const USAGE = `npm run bench -- [--accounts N | --quick] [--sections search,open,writes,mirror,memory,renderer,create,vault] [--seed S] [--repeats R]
  --accounts N   accounts in the data set (default 100000)
  --quick        10000 accounts
  --sections     which sections to run (default: all, in order)
  --seed S       data set seed (default 1)
  --repeats R    runs of each open measurement, median reported (default 3)`

export function parseOptions(args: string[], sectionNames: string[]): BenchOptions {
  const options: BenchOptions = { accounts: 100_000, seed: 1, sections: sectionNames, repeats: 3 }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const value = (): string => {
      const next = args[++i]
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`)
      return next
    }
    if (arg === '--quick') options.accounts = 10_000
    else if (arg === '--accounts') options.accounts = positiveInteger(arg, value())
    else if (arg === '--seed') options.seed = positiveInteger(arg, value())
    else if (arg === '--repeats') options.repeats = positiveInteger(arg, value())
    else if (arg === '--sections') {
      options.sections = value()
        .split(',')
        .filter((name) => name !== '')
      const unknown = options.sections.filter((name) => !sectionNames.includes(name))
      if (unknown.length > 0)
        throw new Error(`unknown section ${unknown.join(', ')}; known: ${sectionNames.join(', ')}`)
    } else if (arg === '--help' || arg === '-h') throw new HelpRequested()
    else throw new Error(`unknown option ${arg}\n${USAGE}`)
  }
  return options
}

function positiveInteger(name: string | undefined, text: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, not ${text}`)
  return value
}
