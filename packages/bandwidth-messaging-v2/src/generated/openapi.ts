/**
 * Generated from specs/bandwidth-messaging-v2/ by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */
export interface paths {
    "/users/{accountId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment
                 *     `userId`; it is the same account ID.
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        /**
         * List Messages
         * @description Search the messages of an account. Include at least one query parameter. Results are sorted
         *     by receive time, most recent first, one page at a time: follow `pageInfo.nextPageToken`.
         *
         *     Rate limit: 3500 requests per 5 minutes per source IP address. Exceeding it answers `429`
         *     with a `Retry-After` header.
         *
         *     Query values are sent URL-encoded exactly once: `+15554443333` travels as `%2B15554443333`
         *     and `AT&T` as `AT%26T`. The search page shows such already-encoded values in its examples.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Create Message
         * @description Send a text message (SMS) or picture message (MMS). Bandwidth answers `202 Accepted` once the
         *     message is queued; delivery is reported later through the application's callbacks.
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{accountId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment
                 *     `userId`; it is the same account ID.
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
                /** @description The ID of the message whose detail records to return. */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * Get Message Detail Records
         * @description The message detail records (MDRs) of one message: one record per segment. Takes no query
         *     parameters. The document states no error responses; those below are the v2 API's common
         *     errors.
         */
        get: operations["getMessageDetailRecords"];
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
         * @description The status of a message. The two documents disagree: the message search page lists
         *     `DLR_EXPIRED`, the SDK reference lists `ACCEPTED` and `UNDELIVERED` instead. `ACCEPTED` and
         *     `UNDELIVERED` are current; `DLR_EXPIRED` is the older name a server may still send, so every
         *     value either document names is accepted.
         * @enum {string}
         */
        MessageStatus: "RECEIVED" | "QUEUED" | "SENDING" | "SENT" | "DELIVERED" | "ACCEPTED" | "UNDELIVERED" | "DLR_EXPIRED" | "FAILED";
        /**
         * ListMessageDirection
         * @description The direction of a message relative to Bandwidth, as message search reports it.
         * @enum {string}
         */
        ListMessageDirection: "INBOUND" | "OUTBOUND";
        /**
         * MessageType
         * @description The type of message. The SDK reference says "either sms or mms"; Bandwidth also sends `rcs`
         *     for RCS business messages.
         * @enum {string}
         */
        MessageType: "sms" | "mms" | "rcs";
        /**
         * ProductType
         * @description The messaging product a message was sent over.
         * @enum {string}
         */
        ProductType: "LOCAL_A2P" | "P2P" | "SHORT_CODE_REACH" | "TOLL_FREE" | "HOSTED_SHORT_CODE" | "ALPHA_NUMERIC" | "RBM_MEDIA" | "RBM_RICH" | "RBM_CONVERSATIONAL";
        /**
         * PageInfo
         * @description Paging links and tokens. Pass `nextPageToken` as `pageToken` to read the next page; the
         *     `nextPage`/`prevPage` links carry the same tokens. An empty object means there is only one
         *     page. The search page's example shows `Link` headers whose `rel` values are swapped relative to
         *     these fields; the body is authoritative.
         */
        PageInfo: {
            /** @description The link to the previous page. */
            prevPage?: string;
            /** @description The link to the next page. */
            nextPage?: string;
            /** @description The token of the previous page. */
            prevPageToken?: string;
            /** @description The token of the next page. */
            nextPageToken?: string;
        };
        /**
         * ListMessageItem
         * @description One message found by a search. The search page documents the first eleven fields; the others
         *     come from the SDK reference's filters and are `null` where the account lacks the feature
         *     (for example Advanced Quality Metrics) or the value does not apply.
         */
        ListMessageItem: {
            /** @description The message ID. */
            messageId?: string;
            /** @description The account ID of the message. */
            accountId?: string;
            /** @description The source phone number of the message. */
            sourceTn?: string;
            /** @description The recipient phone number of the message. */
            destinationTn?: string;
            messageStatus?: components["schemas"]["MessageStatus"];
            messageDirection?: components["schemas"]["ListMessageDirection"];
            messageType?: components["schemas"]["MessageType"];
            /** @description The number of segments the message was sent as. */
            segmentCount?: number;
            /** @description The numeric error code of the message (`0` when there is none). */
            errorCode?: number;
            /**
             * Format: date-time
             * @description When Bandwidth received the message (ISO 8601).
             */
            receiveTime?: string;
            /** @description The name of the carrier. */
            carrierName?: string | null;
            /** @description The size of the message, including its media, in bytes. */
            messageSize?: number | null;
            /** @description The number of characters in the message text. */
            messageLength?: number;
            /** @description The number of media attachments. */
            attachmentCount?: number | null;
            /** @description The number of recipients. */
            recipientCount?: number | null;
            /** @description The A2P campaign class of the message. */
            campaignClass?: string | null;
            /** @description The A2P campaign ID of the message. */
            campaignId?: string | null;
            /** @description Bandwidth latency of the message in seconds (Advanced Quality Metrics only). */
            bwLatency?: number | null;
            /** @description Carrier latency of the message in seconds (outbound, Advanced Quality Metrics only). */
            carrierLatency?: number | null;
            /** @description The calling number's country, ISO 3166-1 alpha-3. */
            callingNumberCountryA3?: string | null;
            /** @description The called number's country, ISO 3166-1 alpha-3. */
            calledNumberCountryA3?: string | null;
            /** @description The messaging product of the message. */
            product?: components["schemas"]["ProductType"] | null;
            /** @description The location ID associated with the message. */
            location?: string | null;
        };
        /**
         * MessagesList
         * @description One page of search results, most recent first by receive time.
         */
        MessagesList: {
            /** @description Total number of messages matched by the search (at most 10,000 when `limitTotalCount=true`). */
            totalCount?: number;
            pageInfo?: components["schemas"]["PageInfo"];
            /** @description The messages of this page. */
            messages?: components["schemas"]["ListMessageItem"][];
        };
        /**
         * MessagingRequestError
         * @description The error body every Messaging API v2 error response carries.
         */
        MessagingRequestError: {
            /** @description A short machine-readable error type. */
            type: string;
            /** @description A human-readable explanation. */
            description: string;
        };
        /**
         * Priority
         * @description The message's sending priority with respect to other messages in your account. Reserve `high`
         *     for critical messages only.
         * @enum {string}
         */
        Priority: "default" | "high";
        /**
         * MessageRequest
         * @description A message to send.
         */
        MessageRequest: {
            /**
             * @description The ID of the messaging application the message is sent with.
             * @example 93de2206-9669-4e07-948d-329f4b722ee2
             */
            applicationId: string;
            /**
             * @description The phone numbers to send the message to, in E.164 format. Each number may appear once.
             * @example [
             *       "+15554443333"
             *     ]
             */
            to: string[];
            /**
             * @description The phone number (or short code) the message is sent from, in E.164 format.
             * @example +15552221111
             */
            from: string;
            /** @description The text of the message, at most 2048 characters. */
            text?: string;
            /** @description URIs of media files to send as an MMS, each at most 4096 characters. */
            media?: string[];
            /** @description A custom string, at most 1024 characters, included in the callbacks of the message. */
            tag?: string;
            priority?: components["schemas"]["Priority"];
            /**
             * Format: date-time
             * @description An RFC 3339 date-time in the future. If the message has not been sent by then,
             *     Bandwidth stops trying to send it.
             */
            expiration?: string;
        };
        /**
         * MessageDirection
         * @description The direction of a message relative to Bandwidth, as `createMessage` reports it.
         * @enum {string}
         */
        MessageDirection: "in" | "out";
        /**
         * Message
         * @description The message Bandwidth accepted for sending (`202 Accepted`).
         */
        Message: {
            /** @description The ID of the message. */
            id?: string;
            /** @description The phone number the message belongs to. */
            owner?: string;
            /** @description The ID of the messaging application the message was sent with. */
            applicationId?: string;
            /**
             * Format: date-time
             * @description When the message was created.
             */
            time?: string;
            /** @description The number of segments the message was sent as. */
            segmentCount?: number;
            direction?: components["schemas"]["MessageDirection"];
            /** @description The recipients of the message. */
            to?: string[];
            /** @description The sender of the message. */
            from?: string;
            /** @description The media URIs of the message. */
            media?: string[];
            /** @description The text of the message. */
            text?: string;
            /** @description The custom string given when the message was sent. */
            tag?: string;
            priority?: components["schemas"]["Priority"];
            /**
             * Format: date-time
             * @description When Bandwidth stops trying to send the message.
             */
            expiration?: string;
        };
        /**
         * FieldError
         * @description What was wrong with one field of a request.
         */
        FieldError: {
            /** @description The name of the invalid field. */
            fieldName?: string;
            /** @description What is wrong with it. */
            description?: string;
        };
        /**
         * CreateMessageRequestError
         * @description The error body of a rejected `createMessage`, naming each field that was wrong.
         */
        CreateMessageRequestError: {
            /** @description A short machine-readable error type. */
            type: string;
            /** @description A human-readable explanation. */
            description: string;
            /** @description One entry per invalid field of the request. */
            fieldErrors?: components["schemas"]["FieldError"][];
        };
        /**
         * MdrMessageStatus
         * @description The summary status of a message detail record: Bandwidth summarizes the disposition of a
         *     message across these nine values instead of a list of numeric codes. Billable statuses are
         *     marked (billable) below.
         * @enum {string}
         */
        MdrMessageStatus: "REJECTED-CUSTOMER" | "REJECTED-PROVIDER" | "REJECTED-BW" | "REJECTED-BW-SPAM" | "REJECTED-PROVIDER-SPAM" | "FAILED" | "ACCEPTED" | "DELIVERED" | "DELIVERY-FAIL";
        /**
         * MessageDetailRecord
         * @description A message detail record (MDR). Each segment of a message has its own record. The document gives
         *     example values but no types: identifiers are strings (the account ID and LATA codes may also
         *     come as numbers), counts and codes are integers, timestamps are ISO 8601 in UTC. Fields that
         *     do not apply to a record may be absent or blank.
         */
        MessageDetailRecord: {
            /** @description This is the Customer's Service Account ID. */
            AccountId?: string | number;
            /**
             * @description This is the type of the message, either SMS or MMS.
             * @enum {string}
             */
            MessageType?: "SMS" | "MMS";
            /** @description This is a unique identifier for each message. */
            MessageID?: string;
            /**
             * @description This is the direction of the message inbound to the customer, or outbound from the customer.
             * @enum {string}
             */
            CallDirection?: "INBOUND" | "OUTBOUND";
            /** @description The number that initiated the message, in E.164 format. This could either be a customer number or a recipient's number. */
            SourceTn?: string;
            /** @description The number the message is destined for, in E.164 format. This could either be a customer number or a recipient's number. */
            DestinationTn?: string;
            /**
             * Format: date-time
             * @description Date and time (UTC, ISO 8601) a message was received by Bandwidth from a Customer or a Provider, depending on the direction of the message.
             */
            TimeStamp?: string;
            /**
             * @description In older MDRs the ErrorCode always reflected a 200 as only success cases were reflected in
             *     the MDRs. New MDRs summarize the success/failure of the message via `MessageStatus` rather
             *     than using a code.
             */
            ErrorCode?: number;
            /** @description The Zone of the message, as in Bandwidth's Reach List. */
            IntlZone?: string | number;
            /** @description The date (UTC) the message will be considered in for a billing cycle, as `M/D/YYYY` (not ISO 8601). */
            MessageDate?: string;
            /** @description This is the Customer's Global Account Number. */
            GlobalAccountID?: string;
            /**
             * Format: date-time
             * @description Date and time (UTC, ISO 8601) a message was received by Bandwidth from a Customer or a Provider.
             */
            ReceivedTimestamp?: string;
            /**
             * Format: date-time
             * @description Date and time (UTC, ISO 8601) a message was first attempted to be sent by Bandwidth to a Provider or a Customer. This is only the first attempted date/time.
             */
            SentTimestamp?: string;
            /**
             * Format: date-time
             * @description Date and time (UTC, ISO 8601) when a message was finally accepted by a Provider or Customer, or Bandwidth gave up and deemed the attempt a failure.
             */
            CompletedTimestamp?: string;
            /** @description The number of segments a long message is broken into to send to a Provider, or the number of segments received from a Provider. */
            MessageSegments?: number;
            /** @description The segment number of this record within the long message. */
            SegmentNumber?: number;
            /** @description The number of characters in the message, including spaces. */
            MessageLength?: number;
            /**
             * @description Whether the Bandwidth billing system considers the message billable.
             * @enum {string}
             */
            Billable?: "Yes" | "No";
            /** @description The country of the "from" number (SourceTn). */
            SourceCountry?: string;
            /** @description The state of the "from" number (SourceTn). */
            SourceState?: string;
            /** @description The Local Access Transport Area (LATA) of the "from" number. */
            SourceLATA?: string | number;
            /** @description The country of the "to" number (DestinationTn). */
            DestinationCountry?: string;
            /** @description The state of the "to" number (DestinationTn). */
            DestinationState?: string;
            /** @description The Local Access Transport Area (LATA) of the "to" number. */
            DestinationLATA?: string | number;
            /** @description For A2P messaging, the message class of your approved campaign (for example A, B, C or P); blank if it does not apply. */
            MessageClass?: string;
            /** @description For A2P messaging, the Campaign ID assigned and approved to your campaign; may be blank. */
            CampaignID?: string;
            /**
             * @description The code of the delivery receipt (DLR) from the provider: success, error or timeout, for
             *     example `0` (success), `902` (timeout), `470` (SPAM detected). Outbound messages only; API
             *     customers always receive it, SMPP/MM4 customers must request it.
             */
            DLRCode?: number;
            /** @description The unique identifier of this message detail record. Each segment of a message has its own. */
            MdrID?: string;
            MessageStatus?: components["schemas"]["MdrMessageStatus"];
        };
        /**
         * MessageDetailRecords
         * @description The detail records of one message: one record per segment. The document describes a list, but
         *     its only example body is a single empty object (`{}`), so a lone record object is accepted too.
         */
        MessageDetailRecords: components["schemas"]["MessageDetailRecord"][] | components["schemas"]["MessageDetailRecord"];
    };
    responses: {
        /** @description Bad Request: a parameter is missing or invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "bad-request",
                 *       "description": "A query parameter is missing or has a value the API does not accept."
                 *     }
                 */
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /** @description Unauthorized: missing or wrong credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "unauthorized",
                 *       "description": "Authentication failed: send your Dashboard API credentials with HTTP Basic authentication."
                 *     }
                 */
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /** @description Forbidden: the credentials may not use this account or operation. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "forbidden",
                 *       "description": "The user does not have access to this API."
                 *     }
                 */
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /** @description Not Found: the account or message does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "not-found",
                 *       "description": "The resource was not found."
                 *     }
                 */
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /** @description Method Not Allowed. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "method-not-allowed",
                 *       "description": "The method is not allowed on this resource."
                 *     }
                 */
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /** @description Unsupported Media Type: send the request body as application/json. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "unsupported-media-type",
                 *       "description": "Content-Type must be application/json."
                 *     }
                 */
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /**
         * @description Too Many Requests: the rate limit is exceeded. Wait the number of seconds `Retry-After` gives
         *     before sending another request.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "rate_limit_exceeded",
                 *       "description": "Rate limit exceeded. Wait for Retry-After time before sending another request."
                 *     }
                 */
                "application/json": components["schemas"]["MessagingRequestError"];
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
                 *       "type": "internal-server-error",
                 *       "description": "An unexpected error occurred. Try again later."
                 *     }
                 */
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /** @description Bad Request. `fieldErrors` names each invalid field of the message. */
        CreateMessageBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "request-validation",
                 *       "description": "Your request could not be accepted",
                 *       "fieldErrors": [
                 *         {
                 *           "fieldName": "to",
                 *           "description": "'+invalid' must be replaced with a valid E164 formatted telephone number"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateMessageRequestError"];
            };
        };
        /** @description Not Acceptable: the server cannot answer in a media type the Accept header allows. */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "not-acceptable",
                 *       "description": "Only application/json responses are available."
                 *     }
                 */
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
    };
    parameters: {
        /**
         * @description Your Bandwidth account ID. The message detail record page names this path segment
         *     `userId`; it is the same account ID.
         * @example 12345
         */
        accountId: string;
        /** @description The ID of the message whose detail records to return. */
        messageId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The number of seconds to wait before retrying the request. `listMessages` is rate limited to
         *     3500 requests per 5 minutes per source IP address.
         * @example 300
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description The ID of the message to search for. Message IDs come in different formats; both
                 *     examples are valid.
                 */
                messageId?: string;
                /**
                 * @description A single full phone number, a comma-separated list of at most 10 full phone numbers, or a
                 *     single partial phone number of at least 5 characters (for example `+1919`).
                 * @example +15554443333
                 */
                sourceTn?: string;
                /**
                 * @description A single full phone number, a comma-separated list of at most 10 full phone numbers, or a
                 *     single partial phone number of at least 5 characters (for example `+1919`).
                 * @example +15554443333
                 */
                destinationTn?: string;
                /**
                 * @description The status of the message.
                 * @example RECEIVED
                 */
                messageStatus?: components["schemas"]["MessageStatus"];
                /** @description The direction of the message. */
                messageDirection?: components["schemas"]["ListMessageDirection"];
                /**
                 * @description The name of the carrier used for this message. Possible values include but are not
                 *     limited to `Verizon` and `TMobile`.
                 * @example AT&T
                 */
                carrierName?: string;
                /** @description The type of message. */
                messageType?: components["schemas"]["MessageType"];
                /**
                 * @description The error code of the message.
                 * @example 9902
                 */
                errorCode?: number;
                /**
                 * @description The start of the date range to search, ISO 8601, compared with the message receive time.
                 *     The date range to search in is currently 14 days.
                 * @example 2016-09-14T18:20:16.000Z
                 */
                fromDateTime?: string;
                /**
                 * @description The end of the date range to search, ISO 8601, compared with the message receive time.
                 *     The date range to search in is currently 14 days. (The search page's example value ends
                 *     in a stray `^`, which is not part of the value.)
                 * @example 2016-09-14T18:20:16.000Z
                 */
                toDateTime?: string;
                /** @description The campaign ID of the message. */
                campaignId?: string;
                /**
                 * @description The minimum Bandwidth latency of the message in seconds. Only available for accounts with
                 *     the Advanced Quality Metrics feature enabled.
                 */
                fromBwLatency?: number;
                /** @description Whether the message is queued in the Bandwidth network. */
                bwQueued?: boolean;
                /** @description Messaging product associated with the message. */
                product?: components["schemas"]["ProductType"];
                /** @description Location ID associated with the message. */
                location?: string;
                /**
                 * @description Whether the message is queued in the carrier network. Only available for OUTBOUND messages
                 *     from accounts with the Advanced Quality Metrics feature enabled.
                 */
                carrierQueued?: boolean;
                /**
                 * @description The minimum carrier latency of the message in seconds. Only available for OUTBOUND
                 *     messages from accounts with the Advanced Quality Metrics feature enabled.
                 */
                fromCarrierLatency?: number;
                /**
                 * @description Calling number country, ISO 3166-1 alpha-3.
                 * @example USA
                 */
                callingNumberCountryA3?: string;
                /**
                 * @description Called number country, ISO 3166-1 alpha-3.
                 * @example USA
                 */
                calledNumberCountryA3?: string;
                /** @description Segment count (start of range). */
                fromSegmentCount?: number;
                /** @description Segment count (end of range). */
                toSegmentCount?: number;
                /** @description Message size (start of range). */
                fromMessageSize?: number;
                /** @description Message size (end of range). */
                toMessageSize?: number;
                /**
                 * @description The field and direction to sort by, joined by a colon; direction is `asc` or `desc`.
                 * @example sourceTn:desc
                 */
                sort?: string;
                /**
                 * @description A base64-encoded value used for pagination of results; take it from `pageInfo.nextPageToken`.
                 * @example gdEewhcJLQRB5
                 */
                pageToken?: string;
                /**
                 * @description The maximum number of records in the search result. The documents add that "the sum of
                 *     limit and after cannot be more than 10000"; that sentence predates page tokens and there
                 *     is no `after` parameter, so `limit` itself is at most 10000.
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description When true, `totalCount` in the response is at most 10,000. When false or left out, it is the
                 *     accurate count of all matching messages. Try it if searches are slow.
                 */
                limitTotalCount?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment
                 *     `userId`; it is the same account ID.
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. One page of matching messages. */
            200: {
                headers: {
                    /**
                     * @description Paging links (`rel="next"`, `rel="prev"`). The search page's example swaps the two
                     *     relations; prefer `pageInfo` in the body.
                     */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagesList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment
                 *     `userId`; it is the same account ID.
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRequest"];
            };
        };
        responses: {
            /** @description Accepted. The message is queued for sending. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["CreateMessageBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessageDetailRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment
                 *     `userId`; it is the same account ID.
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
                /** @description The ID of the message whose detail records to return. */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The message's detail records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDetailRecords"];
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
