/**
 * Generated from specs/fonedynamics-messaging-v2/ by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */
export interface paths {
    "/v2/Properties/{PropertySid}/Messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The secure identifier of the Property whose SMS messages to search, or to send from.
                 * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
                 */
                PropertySid: components["parameters"]["PropertySid"];
            };
            cookie?: never;
        };
        /**
         * Search SMS Messages
         * @description Search the SMS messages the property sent or received between two instants. The account and
         *     property must be enabled for SMS (ask Fone Dynamics client services).
         *
         *     The document shows its two request examples as JSON objects although this is a `GET`; the
         *     parameters travel in the query string. Its examples are, as query strings:
         *
         *     - just the date range: `?Date_From=1506038400&Date_To=1506427200`
         *     - every filter: `?Date_From=1506038400&Date_To=1506427200&Direction=Transmit&Status=Delivered&Results_Count=10&Results_Skip=10`
         *
         *     The document calls the answer "a JSON formatted array of Messages Resource objects", but its
         *     example (and this contract) wraps the array in an object: `{"Messages": [...]}`. Its message
         *     resource table also says `Direction` is, "as a response to this request", always `Transmit`,
         *     while its own example answers two `Receive` messages; a search returns both directions
         *     (filter with `Direction`).
         *
         *     Page through results with `Results_Count` and `Results_Skip`. The document gives no total
         *     count or next-page link.
         */
        get: operations["searchMessages"];
        put?: never;
        /**
         * Send an SMS Message
         * @description Send an SMS message from the property. The answer is the new message resource, wrapped as
         *     `{"Message": {...}}`; its `Direction` is `Transmit`.
         *
         *     The search document does not cover sending; this operation comes from Fone Dynamics'
         *     published facts, and the request body's field names follow the message resource's
         *     PascalCase names.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/Messages/{MessageSid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The secure identifier of the message (`MessageSid`). The document's examples are 32 uppercase
                 *     letters and digits; it states no format, so none is enforced.
                 * @example MJGPVTNSWHJ35HGQTGABFE27TXFSSUZI
                 */
                MessageSid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch an SMS Message
         * @description Fetch one SMS message by its secure identifier.
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
         * MessageStatus
         * @description The status of an SMS message.
         * @enum {string}
         */
        MessageStatus: "Processing" | "Submitted" | "Delivered" | "Failed" | "Received";
        /**
         * MessageDirection
         * @description The direction of an SMS message.
         * @enum {string}
         */
        MessageDirection: "Transmit" | "Receive";
        /**
         * EpochSeconds
         * @description Seconds since the Unix epoch, UTC; `null` when the event has not happened (or does not apply).
         */
        EpochSeconds: number | null;
        /**
         * MessageResource
         * @description One SMS message. The document's example leaves out `AccountSid`, `PropertySid` and the
         *     timestamps that did not happen yet, so none of the fields is required.
         */
        MessageResource: {
            /** @description The message secure identifier which uniquely identifies the message. */
            MessageSid?: string;
            /** @description The account secure identifier associated with the message. */
            AccountSid?: string;
            /** @description The property secure identifier associated with the message. */
            PropertySid?: string;
            /** @description The alphanumeric or E.164 formatted sender ID of the message. */
            From?: string;
            /** @description The E.164 formatted recipient of the SMS message. */
            To?: string;
            /** @description The content of the SMS message. */
            Text?: string;
            /** @description True if a delivery receipt was requested, false otherwise. */
            DeliveryReceipt?: boolean;
            /** @description The number of message segments. */
            NumSegments?: number;
            Status?: components["schemas"]["MessageStatus"];
            /**
             * @description The direction of the message. The document says that "as a response to this request" it is
             *     always `Transmit`, yet its own example answers `Receive`; both values are accepted.
             */
            Direction?: components["schemas"]["MessageDirection"];
            /** @description When the message is or was scheduled to be sent. */
            Scheduled?: components["schemas"]["EpochSeconds"];
            /** @description When the message resource was created. */
            Created?: components["schemas"]["EpochSeconds"];
            /** @description When the message was submitted to the SMS Center. */
            Submitted?: components["schemas"]["EpochSeconds"];
            /** @description When the message was delivered. */
            Delivered?: components["schemas"]["EpochSeconds"];
            /** @description When an inbound message was received. */
            Received?: components["schemas"]["EpochSeconds"];
            /** @description The error code, if submission or delivery failed. */
            ErrorCode?: string | null;
        };
        /**
         * MessageList
         * @description The messages a search found, in one page. The document's prose calls the answer "a JSON
         *     formatted array of Messages Resource objects"; its example wraps the array in an object under
         *     `Messages`, which is what this schema describes.
         */
        MessageList: {
            /** @description The message resources, at most `Results_Count` of them. */
            Messages: components["schemas"]["MessageResource"][];
        };
        /**
         * ErrorResponse
         * @description The error body of every Fone Dynamics REST API error response.
         */
        ErrorResponse: {
            ResponseStatus: {
                /** @description A short machine-readable error code. */
                ErrorCode: string;
                /** @description A human-readable explanation. */
                Message: string;
            };
        };
        /**
         * SendMessageRequest
         * @description An SMS message to send from the property. The documents do not list the send body; its fields
         *     take the PascalCase names of the message resource, and only `To` and `Text` are required.
         */
        SendMessageRequest: {
            /**
             * @description The alphanumeric or E.164 formatted sender ID. The documents do not say whether it may be
             *     left out, so it is optional here.
             */
            From?: string;
            /** @description The E.164 formatted recipient. */
            To: string;
            /** @description The content of the SMS message. */
            Text: string;
            /**
             * @description Request a delivery receipt. The document reports the `Delivered` status only when delivery
             *     receipts are activated.
             */
            DeliveryReceipt?: boolean;
            /**
             * @description When to send the message, in seconds since the Unix epoch (UTC); left out, the message is
             *     sent at once. The message resource reports it as `Scheduled`.
             */
            Schedule?: number;
        };
        /**
         * MessageEnvelope
         * @description One message, as sending and fetching answer it.
         */
        MessageEnvelope: {
            Message: components["schemas"]["MessageResource"];
        };
    };
    responses: {
        /**
         * @description Bad Request: a parameter or the body is missing or invalid. The document's "400 - Error" refers
         *     to its separate "REST API Error Codes" page for the codes and messages, which it does not list;
         *     `ErrorCode` is therefore an open string.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "ResponseStatus": {
                 *         "ErrorCode": "InvalidParameter",
                 *         "Message": "A parameter is missing or has a value the API does not accept."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unauthorized: missing or wrong AccountSid and Token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "ResponseStatus": {
                 *         "ErrorCode": "Unauthorized",
                 *         "Message": "The AccountSid or Token is not valid."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Forbidden: the account or property is not enabled for SMS, or not yours. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "ResponseStatus": {
                 *         "ErrorCode": "Forbidden",
                 *         "Message": "The property is not enabled for SMS."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not Found: no such property or message. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "ResponseStatus": {
                 *         "ErrorCode": "NotFound",
                 *         "Message": "The message was not found."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Too Many Requests. The documents state no rate limit; this is the answer HTTP gives for one, and
         *     `Retry-After` (seconds), when present, says how long to wait.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "ResponseStatus": {
                 *         "ErrorCode": "TooManyRequests",
                 *         "Message": "Too many requests. Wait before sending another request."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
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
                 *       "ResponseStatus": {
                 *         "ErrorCode": "InternalError",
                 *         "Message": "An unexpected error occurred. Try again later."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The secure identifier of the Property whose SMS messages to search, or to send from.
         * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
         */
        PropertySid: string;
        /**
         * @description The secure identifier of the message (`MessageSid`). The document's examples are 32 uppercase
         *     letters and digits; it states no format, so none is enforced.
         * @example MJGPVTNSWHJ35HGQTGABFE27TXFSSUZI
         */
        MessageSid: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The number of seconds to wait before retrying the request. The documents state neither a rate
         *     limit nor this header; it is the standard HTTP way to say how long to wait, and may be absent.
         * @example 30
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    searchMessages: {
        parameters: {
            query: {
                /**
                 * @description Include SMS messages from this instant (inclusive), in seconds since the epoch, UTC. The
                 *     document lists it under "Resource Parameters", apart from the optional ones, so it is
                 *     required here.
                 * @example 1506038400
                 */
                Date_From: number;
                /**
                 * @description Include SMS messages until this instant (exclusive), in seconds since the epoch, UTC. The
                 *     document lists it under "Resource Parameters", apart from the optional ones, so it is
                 *     required here.
                 * @example 1506427200
                 */
                Date_To: number;
                /**
                 * @description Only messages with this status (see the table of status values).
                 * @example Delivered
                 */
                Status?: components["schemas"]["MessageStatus"];
                /**
                 * @description Only messages of this direction.
                 * @example Transmit
                 */
                Direction?: components["schemas"]["MessageDirection"];
                /**
                 * @description Limit the number of messages returned. The document gives the default, 200, and no maximum.
                 * @example 10
                 */
                Results_Count?: number;
                /**
                 * @description Number of matching messages to skip; the cursor of the pagination. The document states no
                 *     default; leaving it out skips none.
                 * @example 10
                 */
                Results_Skip?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The secure identifier of the Property whose SMS messages to search, or to send from.
                 * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
                 */
                PropertySid: components["parameters"]["PropertySid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The messages found, as an array of message resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
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
                 * @description The secure identifier of the Property whose SMS messages to search, or to send from.
                 * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
                 */
                PropertySid: components["parameters"]["PropertySid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description OK. The message, accepted for sending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageEnvelope"];
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
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The secure identifier of the message (`MessageSid`). The document's examples are 32 uppercase
                 *     letters and digits; it states no format, so none is enforced.
                 * @example MJGPVTNSWHJ35HGQTGABFE27TXFSSUZI
                 */
                MessageSid: components["parameters"]["MessageSid"];
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
                    "application/json": components["schemas"]["MessageEnvelope"];
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
