// The public surface of imagesec: the two clients, their option and result types, the errors.
export { HssClient } from './hss/client.js';
export type { HssClientOptions, HssInput, HssResult, HssStatisticResult } from './hss/client.js';
export type { HssCredentials, HssCredentialProvider, HssTokenCredentials } from './hss/authentication.js';
export { HSS_REGIONS } from './hss/regions.js';
export type { HssRegion } from './hss/regions.js';
export type { HuaweiAkSk } from './hss/signer.js';

export { SasClient } from './sas/client.js';
export type { OperateImageVulInput, OperateImageVulResult, SasClientOptions } from './sas/client.js';
export type { SasCredentials, SasCredentialProvider } from './sas/authentication.js';
export { SAS_REGION_ENDPOINTS } from './sas/endpoints.js';
export type { SasRegion } from './sas/endpoints.js';
export type { AlibabaAccessKey } from './sas/signer.js';

export type { ApiResult } from './core/call/read.js';
export type { CallOptions, ClientCallOptions, PageOptions } from './core/call-options.js';
export type { BackoffOptions, RetryEvent } from './core/retry.js';
export type {
  CallMiddleware,
  MaskedRequest,
  MiddlewareCall,
  MiddlewareError,
  MiddlewareRequest,
  MiddlewareResponse,
} from './core/middleware.js';
export type { Logger } from './core/debug.js';
export type { Expiring } from './core/credential-input.js';
export type { CredentialSource, ResolvedSource, SourceContext, SourceDefaults } from './core/identity/source.js';
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConnectionError,
  CredentialsError,
  ImagesecError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseError,
  ServerError,
  TimeoutError,
  ValidationError,
  WaiterError,
  WaiterFailureError,
  WaiterTimeoutError,
} from './core/errors.js';
export type { ResponseProblem, Violation } from './core/errors.js';
export type {
  Acceptor,
  StartAndWaitResult,
  WaitArgs,
  WaiterOptions,
  WaiterProgress,
  WaiterResult,
  WaiterState,
} from './core/waiter/types.js';

// The generated types users build inputs from.
export type * as hss from '../generated/hss.js';
export type * as sas from '../generated/sas.js';
