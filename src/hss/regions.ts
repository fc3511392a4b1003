// HSS region id → endpoint, as openapi/hss.yaml `servers` lists them (a test keeps the two equal).
import { ConfigurationError } from '../core/errors.js';

export const HSS_REGIONS = [
  'cn-north-1',
  'cn-north-2',
  'cn-north-4',
  'cn-north-9',
  'cn-north-11',
  'cn-north-12',
  'cn-east-2',
  'cn-east-3',
  'cn-east-4',
  'cn-east-5',
  'cn-south-1',
  'cn-south-2',
  'cn-south-4',
  'cn-southwest-2',
  'cn-southwest-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'my-kualalumpur-1',
  'na-mexico-1',
  'sa-brazil-1',
  'la-south-2',
  'la-north-2',
  'af-south-1',
  'tr-west-1',
  'ae-ad-1',
  'me-east-1',
  'ru-moscow-1',
  'eu-west-101',
] as const;

export type HssRegion = (typeof HSS_REGIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(HSS_REGIONS);

export function isHssRegion(region: string): region is HssRegion {
  return KNOWN.has(region);
}

/** The public endpoint of a region; eu-west-101 is the one host under `.myhuaweicloud.eu`. */
export function hssEndpoint(region: string): string {
  if (!isHssRegion(region)) {
    throw new ConfigurationError(
      `unknown HSS region ${JSON.stringify(region)}; valid regions: ${HSS_REGIONS.join(', ')} ` +
        '(or pass `endpoint` for a private or proxied address)',
    );
  }
  return region === 'eu-west-101'
    ? 'https://hss.eu-west-101.myhuaweicloud.eu'
    : `https://hss.${region}.myhuaweicloud.com`;
}
