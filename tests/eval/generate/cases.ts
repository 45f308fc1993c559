import { enCases } from './cases-en';
import { esCases } from './cases-es';
import { mixedCases } from './cases-mixed';
import { ptBrCases } from './cases-pt-br';
import { ptPtCases } from './cases-pt-pt';
import type { EvalCase } from './eval-case';
import { fromHeldOutCases } from './cases-from-held-out';

/** The whole annotated set, in a stable order. */
export const evalCases: readonly EvalCase[] = [...ptBrCases, ...enCases, ...ptPtCases, ...esCases, ...mixedCases, ...fromHeldOutCases];
