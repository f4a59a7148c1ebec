/**
 * Generated from specs/bandwidth-messaging-v1/ by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */
export interface paths {
    "/users/{userId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID (it starts with `u-`), as shown with your API token and secret.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        /**
         * List Messages
         * @description Lists the messages the user has sent or received. All filters travel as query parameters;
         *     query values are URL-encoded once, so `+15554443333` travels as `%2B15554443333`.
         *
         *     The answer is a bare JSON array of messages (no envelope, no total count). Paging: the
         *     message page documents `page` (default 0) and `size` (default 25, at most 1000), while the
         *     live API pages by the `Link` response header: as long as another page exists, the answer
         *     carries `Link: <...sortKeyLT=...>; rel="next"`, and the next page is read by requesting that
         *     URL as is. Both are accepted here; prefer following the `Link` header, and treat a missing
         *     `Link` header as the last page.
         *
         *     As for a single message, `text` is only kept for 3 days; older messages in the list come
         *     without it.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send Message
         * @description Sends an SMS, or an MMS when `media` is given, from one of your Bandwidth numbers. Bandwidth
         *     answers `201 Created` with the URL of the new message in the `Location` header; no body is
         *     needed. Read the message with `getMessage` (the last path segment of `Location` is its ID);
         *     events about it go to `callbackUrl`.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID (it starts with `u-`), as shown with your API token and secret.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
                /**
                 * @description The ID of the message, the last path segment of the `Location` header `sendMessage` answers.
                 * @example m-xyz789
                 */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * Get Message
         * @description Gets information about a previously sent or received message. No query parameters are
         *     supported.
         *
         *     Bandwidth only stores the message contents for 3 days: a message older than 3 days comes
         *     without `text`. (Later revisions of Bandwidth's page say 30 days; either way, do not rely on
         *     `text` being present.)
         *
         *     The document states no error responses; those below are the v1 API's common errors, in its
         *     `{category, code, message, details}` shape.
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
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
         * MessageDirection
         * @description The direction of a message relative to your Bandwidth numbers.
         * @enum {string}
         */
        MessageDirection: "in" | "out";
        /**
         * MessageState
         * @description The state of a message. The document's field table elides all values but `error`; its
         *     "Message States" table names all five.
         * @enum {string}
         */
        MessageState: "received" | "queued" | "sending" | "sent" | "error";
        /**
         * DeliveryState
         * @description The delivery state of an outbound message, from the carrier's delivery receipt.
         * @enum {string}
         */
        DeliveryState: "waiting" | "delivered" | "not-delivered";
        /**
         * ReceiptRequested
         * @description Which delivery receipts of an outbound message are requested as callback events. The message
         *     page names the values and the default; their meanings are from Bandwidth's v1 "Send Message"
         *     reference.
         * @default none
         * @enum {string}
         */
        ReceiptRequested: "none" | "all" | "error";
        /**
         * DeliveryCode
         * @description The numeric delivery code of a message; `deliveryDescription` carries its text. `0` means the
         *     message was delivered to the carrier, every other code is a reason it was not.
         * @enum {integer}
         */
        DeliveryCode: 0 | 187 | 188 | 189 | 482 | 600 | 610 | 620 | 630 | 650 | 700 | 720 | 740 | 750 | 751 | 770 | 775 | 902 | 999;
        /**
         * Message
         * @description A message sent or received through one of your numbers, as `getMessage` and `listMessages`
         *     return it. Fields that do not apply to a message may be absent (for example the delivery
         *     fields of an inbound message, or `receiptRequested` when none was requested).
         *
         *     Bandwidth only stores the message contents for 3 days: messages older than that come without
         *     `text`.
         *
         *     The document's field table also lists `page` and `size`; those are query parameters of
         *     `listMessages`, not message fields, and are described there.
         */
        Message: {
            /**
             * @description The unique ID of the message.
             * @example m-xyz789
             */
            id: string;
            /**
             * @description The message sender's telephone number (or short code).
             * @example +15554443333
             */
            from: string;
            /**
             * @description The message recipient's telephone number (or short code).
             * @example +15552221111
             */
            to: string;
            direction: components["schemas"]["MessageDirection"];
            /**
             * @description The message contents. Absent for messages older than 3 days, because Bandwidth only stores
             *     message contents that long.
             */
            text?: string;
            /**
             * @description The media URLs sent as the content of an MMS; an empty array for a plain SMS. Media stored
             *     with Bandwidth has URLs under `https://api.catapult.inetwork.com/v1/users/{userId}/media/`;
             *     external `http://` or `https://` URLs (for example `http://customer-web-site.com/file.jpg`)
             *     are supported too. (The document's list of valid URL forms is cut off after "Valid URLs
             *     are:"; the Bandwidth media form above is that elided entry.) The document adds that a file
             *     name from an external URL's `Content-Disposition` header is "coming soon".
             */
            media?: string[];
            state: components["schemas"]["MessageState"];
            /**
             * Format: date-time
             * @description The time the message resource was created (UTC, ISO 8601).
             */
            time: string;
            /**
             * Format: uri
             * @description The complete URL where the events related to the outgoing message are sent.
             */
            callbackUrl?: string;
            /**
             * @description How long the platform waits for the `callbackUrl`'s response before timing out, in
             *     milliseconds; at most 10000.
             */
            callbackTimeout?: number;
            /**
             * Format: uri
             * @description The server URL the message events are sent to if the request to `callbackUrl` fails.
             */
            fallbackUrl?: string;
            /** @description A string that is included in the callback events of the message. */
            tag?: string;
            receiptRequested?: components["schemas"]["ReceiptRequested"];
            deliveryState?: components["schemas"]["DeliveryState"];
            deliveryCode?: components["schemas"]["DeliveryCode"];
            /**
             * @description The message delivery description for the respective `deliveryCode`.
             * @example Message Delivered to Carrier
             */
            deliveryDescription?: string;
            /**
             * @description The number of segments the message was sent as. Always `1` for MMS messages. Messages
             *     created before this field was added have `0` here.
             */
            segmentCount?: number;
            /**
             * @description Appears (as `false`) in the document's example only; the field table does not describe it.
             *     By its name, whether Bandwidth skipped the check that the recipient's carrier accepts MMS.
             */
            skipMMSCarrierValidation?: boolean;
        };
        /**
         * ApiErrorDetail
         * @description One name/value pair of an error's `details`.
         */
        ApiErrorDetail: {
            /** @description The name of the detail, for example `requestPath` or a parameter name. */
            name?: string;
            /** @description Its value. */
            value?: string;
        };
        /**
         * ApiError
         * @description The error body every Catapult v1 error response carries. The documents do not list the
         *     `category` and `code` values; the examples show typical ones.
         */
        ApiError: {
            /**
             * @description The broad kind of error, for example `bad-request`, `authentication`, `authorization`, `not-found`.
             * @example bad-request
             */
            category: string;
            /**
             * @description A short machine-readable error code within the category.
             * @example blank-property
             */
            code: string;
            /** @description A human-readable explanation. */
            message: string;
            /** @description Name/value pairs with more information about the error; may be empty. */
            details?: components["schemas"]["ApiErrorDetail"][];
        };
        /**
         * CallbackHttpMethod
         * @description The HTTP method of the callback events sent to `callbackUrl`. Neither the message page nor
         *     the published v1 facts name this field; it comes from Bandwidth's v1 "Send Message" reference,
         *     which says "values are get or post" and "default is POST", so both spellings are accepted.
         * @default POST
         * @enum {string}
         */
        CallbackHttpMethod: "GET" | "POST" | "get" | "post";
        /**
         * SendMessageRequest
         * @description A message to send. `from` must be one of your Bandwidth numbers. Bandwidth's v1 "Send Message"
         *     reference adds that `media` and `receiptRequested` cannot be sent in the same request; that
         *     rule is not part of the documents this contract is written from, so it is not enforced here.
         */
        SendMessageRequest: {
            /**
             * @description One of your telephone numbers (or short codes) the message is sent from, in E.164 format.
             * @example +15554443333
             */
            from: string;
            /**
             * @description The telephone number (or short code) the message is sent to, in E.164 format.
             * @example +15552221111
             */
            to: string;
            /** @description The message contents. */
            text?: string;
            /**
             * @description Media URLs to send as the content of an MMS: media stored with Bandwidth
             *     (`https://api.catapult.inetwork.com/v1/users/{userId}/media/{mediaName}`) or external
             *     `http://` / `https://` URLs.
             */
            media?: string[];
            /**
             * Format: uri
             * @description The complete URL where the events related to the outgoing message are sent.
             */
            callbackUrl?: string;
            callbackHttpMethod?: components["schemas"]["CallbackHttpMethod"];
            /**
             * @description How long the platform waits for the `callbackUrl`'s response before timing out, in
             *     milliseconds; at most 10000.
             */
            callbackTimeout?: number;
            /**
             * Format: uri
             * @description The server URL the message events are sent to if the request to `callbackUrl` fails.
             */
            fallbackUrl?: string;
            /** @description Any string; it is included in the callback events of the message. */
            tag?: string;
            receiptRequested?: components["schemas"]["ReceiptRequested"];
        };
    };
    responses: {
        /** @description Bad Request: a query parameter is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "bad-request",
                 *       "code": "invalid-parameter",
                 *       "message": "A query parameter is missing or has a value the API does not accept."
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Unauthorized: missing or wrong credentials. Send your API token and secret with HTTP Basic authentication. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "authentication",
                 *       "code": "invalid-credentials",
                 *       "message": "Authentication failed: send your API token and secret with HTTP Basic authentication.",
                 *       "details": [
                 *         {
                 *           "name": "requestMethod",
                 *           "value": "GET"
                 *         },
                 *         {
                 *           "name": "requestPath",
                 *           "value": "users/u-abc123/messages/m-xyz789"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Forbidden: the credentials may not act for this user, or the user may not use this number. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "authorization",
                 *       "code": "number-access-denied",
                 *       "message": "User u-abc123 does not have permission to use number +15554443333",
                 *       "details": [
                 *         {
                 *           "name": "userId",
                 *           "value": "u-abc123"
                 *         },
                 *         {
                 *           "name": "number",
                 *           "value": "+15554443333"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Not Found: the user or message does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "not-found",
                 *       "code": "message-not-found",
                 *       "message": "The message 'm-xyz789' could not be found",
                 *       "details": [
                 *         {
                 *           "name": "messageId",
                 *           "value": "m-xyz789"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Too Many Requests: the rate limit is exceeded. Wait until the time `X-RateLimit-Reset` gives
         *     (milliseconds since the Unix epoch) before sending another request.
         */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "too-many-requests",
                 *       "code": "rate-limit-exceeded",
                 *       "message": "Rate limit exceeded. Wait until X-RateLimit-Reset before sending another request.",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Internal Server Error. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "unexpected",
                 *       "code": "internal-server-error",
                 *       "message": "An unexpected error occurred. Try again later.",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Bad Request: a property of the message is missing or invalid. */
        SendMessageBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "bad-request",
                 *       "code": "invalid-property",
                 *       "message": "The message is missing a required property or has one the API does not accept.",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: {
        /**
         * @description Your Catapult user ID (it starts with `u-`), as shown with your API token and secret.
         * @example u-abc123
         */
        userId: string;
        /**
         * @description The ID of the message, the last path segment of the `Location` header `sendMessage` answers.
         * @example m-xyz789
         */
        messageId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The URL of the next page, as `<URL>; rel="next"`. The URL repeats the search's parameters and
         *     adds `sortKeyLT`, the paging key; request it as is. Present as long as another page of messages
         *     exists; no `Link` header means this is the last page.
         * @example <https://api.catapult.inetwork.com/v1/users/u-abc123/messages?size=25&sortKeyLT=1458576004287000989>; rel="next"
         */
        Link: string;
        /**
         * @description When the rate limit resets, in milliseconds since the Unix epoch (not seconds, and not a
         *     delay). Wait until then before sending another request.
         * @example 1700000000000
         */
        XRateLimitReset: number;
        /**
         * @description The URL of the new message; read it with `getMessage`.
         * @example https://api.catapult.inetwork.com/v1/users/u-abc123/messages/m-xyz789
         */
        Location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description Only messages sent from this phone number (or short code), in E.164 format.
                 * @example +15554443333
                 */
                from?: string;
                /**
                 * @description Only messages sent to this phone number (or short code), in E.164 format.
                 * @example +15552221111
                 */
                to?: string;
                /**
                 * @description Only messages created at or after this time (UTC, ISO 8601).
                 * @example 2014-06-09T00:00:00Z
                 */
                fromDateTime?: string;
                /**
                 * @description Only messages created at or before this time (UTC, ISO 8601).
                 * @example 2014-06-10T00:00:00Z
                 */
                toDateTime?: string;
                /**
                 * @description Only messages of this direction.
                 * @example in
                 */
                direction?: components["schemas"]["MessageDirection"];
                /**
                 * @description Only messages in this state.
                 * @example sent
                 */
                state?: components["schemas"]["MessageState"];
                /**
                 * @description Only messages with this delivery state.
                 * @example delivered
                 */
                deliveryState?: components["schemas"]["DeliveryState"];
                /**
                 * @description The order of the messages by creation time. The documents name the two values but no
                 *     default.
                 * @example desc
                 */
                sortOrder?: "asc" | "desc";
                /**
                 * @description The page requested, counting from 0. The message page documents this parameter (default
                 *     0); the live API pages by the `Link` response header instead, so a server may ignore it.
                 * @example 0
                 */
                page?: number;
                /**
                 * @description The number of messages per page. At most 1000.
                 * @example 25
                 */
                size?: number;
                /**
                 * @description The paging key of the next page. It is not set by hand: the `Link` header's `rel="next"`
                 *     URL carries it (with the other parameters of the search); request that URL as is.
                 * @example 1458576004287000989
                 */
                sortKeyLT?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID (it starts with `u-`), as shown with your API token and secret.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. One page of messages, as a bare JSON array. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID (it starts with `u-`), as shown with your API token and secret.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Created. `Location` is the URL of the new message. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["SendMessageBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID (it starts with `u-`), as shown with your API token and secret.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
                /**
                 * @description The ID of the message, the last path segment of the `Location` header `sendMessage` answers.
                 * @example m-xyz789
                 */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
