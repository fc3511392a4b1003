// Generated from openapi/sas.yaml by scripts/generate.ts (scripts/codegen/methods.ts). Do not edit
// by hand: change the spec, then run `npm run generate`. The typed methods of the client.

import type { components } from './sas.js';
import type { SasArgs, SasResult } from '../src/sas/client-types.js';

export interface SasMethods {
  /**
   * Fix (or otherwise handle) vulnerabilities of container images
   *
   * Acts on the image vulnerabilities named in `Info`. The documented operation is the fix,
   * `OperateType=vul_fix` with `Type=cve`: the image is rebuilt and pushed under each item's
   * `newTag`. Which `Info` fields each operation needs is not documented; `newTag` matters
   * only for the fix. All three parameters are optional in every official SDK model, and the
   * official client always sends them in the query string.
   */
  operateImageVul(...args: SasArgs<'OperateImageVul', { Info: components['schemas']['OperateImageVulInfo'] }>): Promise<SasResult<'OperateImageVul'>>;
}
