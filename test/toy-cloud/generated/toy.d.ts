/**
 * Generated from test/toy-cloud/openapi/toy.yaml by scripts/generate.ts (openapi-typescript). Do not edit by hand:
 * change the spec, then run `npm run generate`. `npm run generate -- --check` fails when stale.
 */
export interface paths {
    "/v1/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the container images
         * @description Lists, a page at a time, the container images the service holds, optionally only those of
         *     one repository. Each image's `FindingCount` says how many findings its last scan left.
         */
        get: operations["ListImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings/{finding_id}/ignore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ignore a finding of an image
         * @description Marks one finding as ignored, with the reason, until `Until` if given; the answer names the
         *     ignore record it added.
         */
        post: operations["IgnoreFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The request's id; quote it to support.
         * @example 6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5
         */
        RequestId: string;
        /** @description What went wrong, present only when the call failed. */
        Error: {
            /**
             * @description The error code, e.g. `AuthFailure.SignatureFailure`, `ResourceNotFound.Finding`.
             * @example InvalidParameterValue
             */
            Code: string;
            /**
             * @description What the code means for this request.
             * @example The value of limit is out of range.
             */
            Message: string;
        };
        /** @description An answer that carries only an error (the front door's, with a status other than 200). */
        ErrorAnswer: {
            /** @description The error and the request's id. */
            Response: {
                Error: components["schemas"]["Error"];
                RequestId: components["schemas"]["RequestId"];
            };
        };
        /** @description A container image the service holds. */
        Image: {
            /**
             * @description The image's id.
             * @example img-7f3a9c21
             */
            ImageId: string;
            /**
             * @description Repository (namespace and name).
             * @example library/nginx
             */
            Repository: string;
            /**
             * @description Image tag.
             * @example 1.25
             */
            Tag: string;
            /**
             * @description Manifest digest.
             * @example sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1
             */
            Digest: string;
            /**
             * Format: int32
             * @description Findings the last scan left.
             * @example 3
             */
            FindingCount: number;
            /**
             * Format: date-time
             * @description When the image was last scanned; absent if never.
             * @example 2024-06-30T23:59:59Z
             */
            ScannedAt?: string;
        };
        /** @description ListImages's answer. */
        ListImagesAnswer: {
            /**
             * @description On success the page (`TotalCount`, `ImageSet`); on failure `Error` instead. `RequestId`
             *     always.
             */
            Response: {
                /**
                 * Format: int32
                 * @description Images in the whole list.
                 * @example 2
                 */
                TotalCount?: number;
                /** @description This page's images. */
                ImageSet?: components["schemas"]["Image"][];
                Error?: components["schemas"]["Error"];
                RequestId: components["schemas"]["RequestId"];
            };
        };
        /** @description Why the finding is ignored, and until when. */
        IgnoreFindingRequest: {
            /**
             * @description Why it is ignored.
             * @example false positive
             */
            Reason: string;
            /**
             * @description Ignored until then (UTC); for good if absent.
             * @example 2024-07-31T00:00:00Z
             */
            Until?: string;
        };
        /** @description IgnoreFinding's answer. */
        IgnoreFindingAnswer: {
            /** @description On success the record added (`RecordId`); on failure `Error` instead. `RequestId` always. */
            Response: {
                /**
                 * @description The ignore record's id.
                 * @example ign-5e6f7a8b
                 */
                RecordId?: string;
                Error?: components["schemas"]["Error"];
                RequestId: components["schemas"]["RequestId"];
            };
        };
    };
    responses: {
        /**
         * @description The front door refuses a request whose parameters or body break this document's schemas
         *     before the service reads it (`InvalidParameter`). What the service itself refuses comes
         *     inside a 200.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorAnswer"];
            };
        };
        /** @description The front door refuses a body over its limit (`RequestSizeLimitExceeded`). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorAnswer"];
            };
        };
        /** @description The service failed (`InternalError`). */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorAnswer"];
            };
        };
        /** @description The front door could not reach the service (`InternalError`). */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorAnswer"];
            };
        };
        /** @description The service is briefly unavailable (`ResourceUnavailable`); retry with backoff. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorAnswer"];
            };
        };
        /** @description The service did not answer the front door in time (`InternalError`). */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorAnswer"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type RequestId = components['schemas']['RequestId'];
export type Error = components['schemas']['Error'];
export type ErrorAnswer = components['schemas']['ErrorAnswer'];
export type Image = components['schemas']['Image'];
export type ListImagesAnswer = components['schemas']['ListImagesAnswer'];
export type IgnoreFindingRequest = components['schemas']['IgnoreFindingRequest'];
export type IgnoreFindingAnswer = components['schemas']['IgnoreFindingAnswer'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseInternalError = components['responses']['InternalError'];
export type ResponseBadGateway = components['responses']['BadGateway'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseGatewayTimeout = components['responses']['GatewayTimeout'];
export type $defs = Record<string, never>;
export interface operations {
    ListImages: {
        parameters: {
            query?: {
                /**
                 * @description Images per page, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Images skipped before this page.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Only the images of this repository.
                 * @example library/nginx
                 */
                repository?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's answer: the page of images, or an error in `Response.Error`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListImagesAnswer"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    IgnoreFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The finding's id.
                 * @example fnd-1a2b3c4d
                 */
                finding_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IgnoreFindingRequest"];
            };
        };
        responses: {
            /** @description The service's answer: the ignore record added, or an error in `Response.Error`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IgnoreFindingAnswer"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
