import { generateRoadmap } from '../analysis/roadmap/generateRoadmap.ts'
import { projectedStates } from '../analysis/roadmap/projectedStates.ts'
import { roadmapToCsv, roadmapToJson, roadmapToMarkdown } from '../io/roadmapReport.ts'
import { bilingual } from '../model/message.ts'
import { EXIT, type CliCommand } from './cliCommand.ts'
import { readProjectArgs } from './projectArgs.ts'

export const roadmapCommand: CliCommand = {
  name: 'roadmap',
  usage: 'cetakbiru roadmap <berkas.cetakbiru.json> [--format json|md|csv]',
  summary: {
    id: 'Menyusun Peta Rencana SPBE dari kesenjangan, terjadwal per tahun rencana (exit 1 bila ada ketergantungan melingkar)',
    en: 'Builds the SPBE roadmap from the gaps, scheduled over the plan years (exit 1 on a dependency cycle)',
  },
  async run(args, io) {
    const p = await readProjectArgs(args, io, this.usage, false)
    if (typeof p === 'number') return p
    const { gap, roadmap } = generateRoadmap(p.data)
    if (p.format === 'json') io.out(JSON.stringify(roadmapToJson(roadmap, projectedStates(p.data, gap, roadmap)), null, 2))
    else if (p.format === 'md') io.out(roadmapToMarkdown(p.data, roadmap))
    else io.out(roadmapToCsv(p.data, roadmap))
    for (const e of roadmap.errors) io.err(`GALAT/ERROR: ${bilingual(e.message)}`)
    return roadmap.errors.length > 0 ? EXIT.findings : EXIT.ok
  },
}
