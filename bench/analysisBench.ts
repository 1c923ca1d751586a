import { analyzeGap } from '../src/analysis/gap/gapAnalysis.ts'
import { generateRoadmap } from '../src/analysis/roadmap/generateRoadmap.ts'
import { evaluateRules } from '../src/analysis/rules/registry.ts'
import type { BenchCase } from './harness.ts'
import type { ModelInput } from './modelBench.ts'

/** Gap analysis, the architecture rules and the whole Peta Rencana on the same generated project. */
export const ANALYSIS_CASES: readonly BenchCase<ModelInput>[] = [
  { name: 'gap analysis (as-is -> target)', run: (m) => analyzeGap(m.data, m.data.states[0]!, m.data.states[1]!) },
  { name: 'architecture rules (target)', run: (m) => evaluateRules(m.data, 'target') },
  { name: 'gap + rules + roadmap (generateRoadmap)', run: (m) => generateRoadmap(m.data) },
]
