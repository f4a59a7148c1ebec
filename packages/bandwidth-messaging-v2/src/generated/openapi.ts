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
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
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
         *     **Limited availability**: the search page (seed 000) notes that message search is in limited
         *     availability and may change.
         *
         *     Rate limit: 3500 requests per 5 minutes per source IP address. Exceeding it answers `429`
         *     with a `Retry-After` header (seed 001, bandwidth.yml).
         *
         *     **Encoding**: most query parameters need URL encoding, except message IDs that contain
         *     hyphens (seed 000); the page's examples show the encoded values the endpoint expects, so
         *     query values are sent URL-encoded exactly once: `+15554443333` travels as `%2B15554443333` and
         *     `AT&T` as `AT%26T`. A hyphenated message ID such as `9e0df4ca-b18d-40d7-a59f-82fcdf5ae8e6`
         *     needs no encoding (URL encoding leaves `-` as it is).
         *
         *     Basic authentication: the search page says this endpoint is not authenticated "via API token
         *     and secret" but with your Dashboard API credentials; the same page's request examples, however,
         *     send `Authorization: Basic YXBpVG9rZW46YXBpU2VjcmV0`, which decodes to `apiToken:apiSecret`.
         *     bandwidth.yml states no such restriction.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Create Message
         * @description Send a text message (SMS) or picture message (MMS) (seed 001; Bandwidth/api-docs
         *     `createMessage.mdx`). Bandwidth answers `202 Accepted` once the message is queued; delivery
         *     is reported later through the application's callbacks. A 4xx or 5xx answer means the message
         *     is neither sent nor billed (errors.mdx). The status events go to the application's outbound
         *     callback URL (webhook `statusCallback`); bandwidth.yml attaches that callback to this operation.
         *
         *     Group messages have at most 10 participants (error 4435, see `MessageRequest.to`). When the
         *     account's rate limit is maxed out and its queue is full, the answer is `429` with type
         *     `max-message-queue-size-exceeded` (rateLimits.mdx); rate limits count segments, not requests.
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{accountId}/messages/multiChannel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Multi-Channel Message
         * @description **Beta** (bandwidth.yml marks it with a Beta badge). Send one message over the first channel
         *     that works, from a list of up to four bodies for RBM, SMS and MMS (bandwidth.yml
         *     `createMultiChannelMessage`). Its errors use their own body shape, `MultiChannelError`
         *     (`links`, `data`, `errors`), with the examples bandwidth.yml documents; its status callbacks are
         *     the same as `createMessage`'s.
         */
        post: operations["createMultiChannelMessage"];
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
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
                /**
                 * @description The ID of the message whose detail records to return. Message IDs come in different formats,
                 *     both shown here (seed 000). (`minLength: 1` is inferred: an empty segment would address another path.)
                 */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * Get Message Detail Records
         * @description The message detail records (MDRs) of one message: one record per segment (seed 004). Takes no
         *     query parameters. The page documents no error responses and bandwidth.yml does not list this
         *     path; the errors below are the v2 API's common errors (inferred). The codes in `DLRCode` are
         *     explained by the messaging error-code table (`MessagingErrorCode`).
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
    "/users/{accountId}/media": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        /**
         * List Media
         * @description The media files stored on the account, at most 1000 per response (Bandwidth/api-docs
         *     `mediaManagement.mdx`; bandwidth.yml `listMedia`). No query parameters are supported.
         *
         *     Paging: when there are more files, the response carries a `Continuation-Token` header; send
         *     it back in the `Continuation-Token` request header to get the next files. The first request
         *     goes without it. That the last page comes without the header is inferred (no document says
         *     how the end is signalled).
         *
         *     Files are kept for up to 48 hours and can only be read with your API credentials
         *     (mediaManagement.mdx).
         */
        get: operations["listMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{accountId}/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
                /**
                 * @description The media file's ID: for an uploaded file, the name it was uploaded under; for incoming media,
                 *     "everything after `media/`" in the URL of the `message-received` callback, which contains
                 *     slashes, e.g. `14762070468292kw2fuqty55yp2b2/0/bw.png` (Bandwidth/api-docs `mediaManagement.mdx`).
                 *
                 *     **Slashes travel unencoded.** The documents show such IDs as literal path segments
                 *     (`…/media/14762070468292kw2fuqty55yp2b2/0/bw.png`), so each `/`-separated part is
                 *     percent-encoded on its own and the `/` between them is sent as is (`x-allowSlashes: true`; the
                 *     client of this project does this). Bandwidth's node-sdk 8.1.4 instead encodes the whole ID
                 *     with `encodeURIComponent` (`/` as `%2F`, api/media-api.ts); whether the server decodes `%2F` is
                 *     not documented. Empty, `.` and `..` parts cannot be sent (URL normalization would change the path).
                 */
                mediaId: components["parameters"]["mediaId"];
            };
            cookie?: never;
        };
        /**
         * Get Media
         * @description Download a media file: one you uploaded, or the media of an incoming message (Bandwidth/api-docs
         *     `mediaManagement.mdx`; bandwidth.yml `getMedia`). The body is the file itself, served as
         *     `application/octet-stream`. Every download needs your API credentials; the page advises
         *     against handing Bandwidth's media URLs to end users' devices, and recommends keeping your own copy.
         */
        get: operations["getMedia"];
        /**
         * Upload Media
         * @description Upload a file under the name `mediaId` (Bandwidth/api-docs `mediaManagement.mdx`; bandwidth.yml
         *     `uploadMedia`). A file uploaded under a name that already exists on the account replaces it.
         *
         *     - Size: at most 3.75 MB (mediaManagement.mdx, which does not say whether MB means 10^6 or
         *       2^20 bytes).
         *     - Retention: files are kept for up to 48 hours; storage is free for any number of files.
         *     - `Content-Type`: the media type of the file. bandwidth.yml lists the accepted types (images,
         *       audio, video, text and some application types) and points to Bandwidth Support's list of
         *       supported MMS file types; this contract accepts any type (`*\/*`) and leaves the check to the server.
         *     - `Cache-Control`: supported on upload (mediaManagement.mdx).
         *
         *     Answers `204 No Content`.
         */
        put: operations["uploadMedia"];
        post?: never;
        /**
         * Delete Media
         * @description Delete a media file (Bandwidth/api-docs `mediaManagement.mdx`; bandwidth.yml `deleteMedia`).
         *     Make sure no application still uses it; a file deleted by mistake can be uploaded again under
         *     the same name. Answers `204 No Content`.
         */
        delete: operations["deleteMedia"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    statusCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Status callback (outbound message events)
         * @description Bandwidth POSTs the events of the messages you send (`message-sending`, `message-sent`,
         *     `message-delivered`, `message-failed`, `message-read`) to the **outbound callback URL**
         *     (`OutboundCallbackUrl`) of the messaging application whose `applicationId` the message was sent
         *     with: one URL per application, not per message (Bandwidth/api-docs
         *     `site/docs/account/applications.mdx` and `site/docs/messaging/webhooks.mdx`; Bandwidth/node-sdk
         *     `bandwidth.yml` attaches this callback, `statusCallback`, to `createMessage` and
         *     `createMultiChannelMessage`). Each outbound message gets a `message-delivered` or a
         *     `message-failed` event, not both (webhooks.mdx). applications.mdx's `RequestedCallbackTypes`
         *     selects which types an application receives; it lists `message-delivered`,
         *     `message-sending` and `message-failed` only.
         *
         *     **Body**: a JSON **array** of events, `[ { … } ]` (webhooks.mdx: "All Message callbacks are
         *     sent as a list/array"); every example there is an array of one event. bandwidth.yml models the
         *     body as a single event object; its examples are single objects too. This contract follows the
         *     wire format of webhooks.mdx; whether one request can carry more than one event is not
         *     documented, so any length is accepted. `Content-Type: application/json; charset=utf-8` and
         *     `User-Agent: BandwidthAPI/v2` in every webhooks.mdx example. Sources read: api-docs commit
         *     2fcdf57 (2023-11-02), node-sdk commit 4ba8cac (2026-07-01).
         *
         *     **Answer and retries** (webhooks.mdx): answer every callback with an HTTP 2xx within 10
         *     seconds. Otherwise Bandwidth retries it "at a later time", for up to 24 hours after which the
         *     callback is dropped; the retry schedule is not documented. Delivery is at least once, so
         *     duplicates happen: deduplicate on the fields in `StatusCallbackEvent`'s `x-dedupe-key`
         *     (our inference). Ordering is not documented. The `x-callback-*` values of this operation are
         *     this contract's machine-readable copy of these facts (our extension, not Bandwidth's).
         *
         *     **Authentication** (applications.mdx `OutboundCallbackCreds`, `site/docs/numbers/webhooks.md`
         *     "Authentication"): optional HTTP Basic credentials (`UserId`, `Password`) per application and
         *     direction. When they are set, Bandwidth first sends the request **without** an
         *     `Authorization` header and expects `401` with a `WWW-Authenticate: Basic …` challenge; only
         *     then does it send the request again with the credentials. The page says that second request
         *     carries the webhook body; it does not say whether the first one does, so check credentials
         *     before reading the body. Without credentials, no `Authorization` header is sent (`{}` in
         *     `security`). Messaging callbacks carry no signature: bandwidth.yml documents an HMAC header
         *     only for toll-free verification webhooks, none for these; the Basic credentials are the only
         *     check.
         */
        post: operations["receiveStatusCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    inboundCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbound callback (messages received)
         * @description Bandwidth POSTs the messages your numbers receive (`message-received`) and, for RBM messages
         *     sent with the multi-channel endpoint, the recipients' replies to suggestions
         *     (`suggestion-response`) and location requests (`requested-location-response`) to the
         *     **inbound callback URL** (`InboundCallbackUrl`) of your messaging application: one URL per
         *     application (Bandwidth/api-docs `site/docs/account/applications.mdx`,
         *     `site/docs/messaging/webhooks.mdx`; Bandwidth/node-sdk `bandwidth.yml` callback
         *     `inboundCallback`). applications.mdx associates each location (SIP peer) with one messaging
         *     application; that the application of the receiving number's location gets the event is our
         *     reading. For a group message to several of your numbers, each gets its own event and message
         *     ID (webhooks.mdx). webhooks.mdx (in its outbound section) warns to check `message.direction`
         *     before replying, so that a handler never answers outbound message callbacks in a loop.
         *
         *     **Body**: a JSON **array** of events, `[ { … } ]` (webhooks.mdx: "All Message callbacks are
         *     sent as a list/array"); every example there is an array of one event. bandwidth.yml models the
         *     body as a single event object; its examples are single objects too. This contract follows the
         *     wire format of webhooks.mdx; whether one request can carry more than one event is not
         *     documented, so any length is accepted. `Content-Type: application/json; charset=utf-8` and
         *     `User-Agent: BandwidthAPI/v2` in every webhooks.mdx example. Sources read: api-docs commit
         *     2fcdf57 (2023-11-02), node-sdk commit 4ba8cac (2026-07-01).
         *
         *     **Answer and retries** (webhooks.mdx): answer every callback with an HTTP 2xx within 10
         *     seconds. Otherwise Bandwidth retries it "at a later time", for up to 24 hours after which the
         *     callback is dropped; the retry schedule is not documented. Delivery is at least once, so
         *     duplicates happen: deduplicate on the fields in `InboundCallbackEvent`'s `x-dedupe-key`
         *     (our inference). Ordering is not documented. The `x-callback-*` values of this operation are
         *     this contract's machine-readable copy of these facts (our extension, not Bandwidth's).
         *
         *     **Authentication** (applications.mdx `InboundCallbackCreds`, `site/docs/numbers/webhooks.md`
         *     "Authentication"): optional HTTP Basic credentials (`UserId`, `Password`) per application and
         *     direction. When they are set, Bandwidth first sends the request **without** an
         *     `Authorization` header and expects `401` with a `WWW-Authenticate: Basic …` challenge; only
         *     then does it send the request again with the credentials. The page says that second request
         *     carries the webhook body; it does not say whether the first one does, so check credentials
         *     before reading the body. Without credentials, no `Authorization` header is sent (`{}` in
         *     `security`). Messaging callbacks carry no signature: bandwidth.yml documents an HMAC header
         *     only for toll-free verification webhooks, none for these; the Basic credentials are the only
         *     check.
         */
        post: operations["receiveInboundCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * MessageStatus
         * @description The status of a message. The documents disagree on the list: the message search page (seed 000)
         *     names `DLR_EXPIRED`, while the SDK reference (seed 001) and bandwidth.yml name `ACCEPTED` and
         *     `UNDELIVERED` instead. No document says that one replaced the other, and none defines what
         *     `ACCEPTED` or `UNDELIVERED` mean, so every value either document names is accepted and the two
         *     newer values are left without an invented meaning.
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
         * @description The type of message. bandwidth.yml's `messageTypeEnum` lists `sms`, `mms` and `rcs` (its own
         *     description and seed 001 say "either sms or mms").
         * @enum {string}
         */
        MessageType: "sms" | "mms" | "rcs";
        /**
         * ProductType
         * @description The messaging products the `product` search filter accepts (bandwidth.yml `productTypeEnum`).
         *     The `product` field of a search result is an open string (see `ListMessageItem.product`).
         * @enum {string}
         */
        ProductType: "LOCAL_A2P" | "P2P" | "SHORT_CODE_REACH" | "TOLL_FREE" | "HOSTED_SHORT_CODE" | "ALPHA_NUMERIC" | "RBM_MEDIA" | "RBM_RICH" | "RBM_CONVERSATIONAL";
        /**
         * PageInfo
         * @description Paging links and tokens. Pass `nextPageToken` as `pageToken` to read the next page; an empty
         *     object means there is only one page (seed 000's first example). The `nextPage`/`prevPage`
         *     links point at the same pages as the tokens (bandwidth.yml gives `nextPageToken` `GL83PD3C`
         *     and a `nextPage` link carrying `GL83PD3C`).
         *
         *     In the documents' examples (seed 000 and bandwidth.yml) the *query-parameter names inside the
         *     links* are crossed: the `nextPage` link carries the next page's token in a parameter named
         *     `prevPage`, and the `prevPage` link carries the previous page's token in one named `nextPage`.
         *     The search page's `Link` headers agree with these fields (`rel="next"` is the `nextPage` link).
         *     Whether a real server names the parameters this way is not documented, so read the tokens from
         *     `nextPageToken`/`prevPageToken` rather than from the links.
         */
        PageInfo: {
            /** @description The link to the previous page. */
            prevPage?: string;
            /** @description The link to the next page. */
            nextPage?: string;
            /** @description The token of the previous page (bandwidth.yml; not on the search page). */
            prevPageToken?: string;
            /** @description The token of the next page (bandwidth.yml; not on the search page). */
            nextPageToken?: string;
        };
        /**
         * ListMessageItem
         * @description One message found by a search. The field list is bandwidth.yml's `listMessageItem` (Bandwidth/node-sdk,
         *     as shipped in bandwidth-sdk 8.1.4). The search page (seed 000) documents the first eleven fields;
         *     Bandwidth/api-docs `getMessage.mdx` shows `messageSize`, `messageLength`, `attachmentCount`,
         *     `recipientCount` and `campaignClass` in its example too. bandwidth.yml marks the fields typed
         *     nullable below as `nullable`.
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
            /** @description The numeric error code of the message (`0` in the search page's example of a delivered message). */
            errorCode?: number;
            /**
             * Format: date-time
             * @description When Bandwidth received the message (ISO 8601).
             */
            receiveTime?: string;
            /** @description The name of the carrier. bandwidth.yml adds that it is not currently supported for MMS. */
            carrierName?: string | null;
            /**
             * @description The size of the message including message content and headers (bandwidth.yml). No document
             *     states the unit.
             */
            messageSize?: number | null;
            /** @description The length of the message content (bandwidth.yml). */
            messageLength?: number;
            /** @description The number of attachments the message has. */
            attachmentCount?: number | null;
            /** @description The number of recipients the message has. */
            recipientCount?: number | null;
            /** @description The campaign class of the message, if it has one. */
            campaignClass?: string | null;
            /** @description The campaign ID of the message, if it has one. */
            campaignId?: string | null;
            /** @description The Bandwidth latency of the message in seconds. Only for accounts with the Advanced Quality Metrics feature enabled. */
            bwLatency?: number | null;
            /** @description The carrier latency of the message in seconds. Only for OUTBOUND messages from accounts with the Advanced Quality Metrics feature enabled. */
            carrierLatency?: number | null;
            /** @description The A3 country code of the calling number. */
            callingNumberCountryA3?: string | null;
            /** @description The A3 country code of the called number. */
            calledNumberCountryA3?: string | null;
            /**
             * @description The messaging product associated with the message. bandwidth.yml types this response field
             *     as an open, nullable string (its enum, `ProductType`, is only on the `product` query
             *     parameter), so any string is accepted here; the known values are those of `ProductType`.
             * @example P2P
             */
            product?: string | null;
            /** @description The location ID associated with the message. */
            location?: string | null;
        };
        /**
         * MessagesList
         * @description One page of search results, most recent first by receive time (seed 000).
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
         * @description The error body of the Messaging API v2 (bandwidth.yml `messagingRequestError`): a short
         *     machine-readable `type` and a human-readable `description`.
         */
        MessagingRequestError: {
            /** @description A short machine-readable error type, e.g. `request-validation`, `unauthorized`, `forbidden`, `unsupported-content-type`, `rate_limit_exceeded`, `max-message-queue-size-exceeded`. */
            type: string;
            /** @description A human-readable explanation. */
            description: string;
        };
        /**
         * NotFoundError
         * @description The body of a `404` for a path that does not exist, as Bandwidth/api-docs `errors.mdx` documents
         *     it (a framework-style body with `timestamp`, `status`, `error`, `message` and `path`), which
         *     differs from the `{type, description}` body bandwidth.yml gives its 404 responses. Only one
         *     example exists, so which fields are always present is not documented; requiring `status` is
         *     inferred (it tells this shape apart from `MessagingRequestError`).
         */
        NotFoundError: {
            /** @description When the error happened. The documented value (`2019-09-09T19:02:19.253+0000`) has no colon in its offset, so it is not an RFC 3339 date-time. */
            timestamp?: string;
            /** @description The HTTP status, `404`. */
            status: number;
            /** @description The reason phrase, `Not Found`. */
            error?: string;
            /** @description A message, `Not Found` in the documented example. */
            message?: string;
            /** @description The request path that was not found. */
            path?: string;
        };
        /**
         * E164Number
         * @description A phone number in E.164 format: `+`, then the country code and number, 2 to 15 digits in all,
         *     the first not 0 (ITU-T Recommendation E.164; bandwidth.yml describes `to` as "in E164 format").
         * @example +15554443333
         */
        E164Number: string;
        /**
         * Priority
         * @description The message's sending priority with respect to other messages in your account. Reserve `high`
         *     for critical messages only.
         * @enum {string}
         */
        Priority: "default" | "high";
        /**
         * MessageRequest
         * @description A message to send (bandwidth.yml `messageRequest`; limits from its field descriptions).
         *
         *     `uniqueItems` is deliberately not declared on the request arrays, although bandwidth.yml marks
         *     `to` so: code generators may turn such an array into a set type, which changes how it is
         *     built and serialized. Send each recipient once (a repeated one is refused, see `to`).
         *
         *     A message carries a non-empty `text`, at least one `media` URL, or both. No document states
         *     this refusal; it is inferred (a message with neither has nothing to send, and a sandbox that
         *     accepted it would answer `segmentCount: 0`, which no documented answer shows), and the sandbox
         *     answers it with the documented 400.
         */
        MessageRequest: {
            /**
             * @description The ID of the Application your `from` number or sender ID is associated with in the Bandwidth App.
             * @example 93de2206-9669-4e07-948d-329f4b722ee2
             */
            applicationId: string;
            /**
             * @description The phone numbers to send the message to, in E.164 format (`+` and 2 to 15 digits, the first
             *     not 0: bandwidth.yml "in E164 format"). A number that is not E.164 is refused with the
             *     documented 400 (errors.mdx; bandwidth.yml `fieldError` example "'+invalid' must be replaced
             *     with a valid E164 formatted telephone number"), before the message is sent.
             *
             *     Each number appears once: bandwidth.yml marks `to` `uniqueItems`, and a repeated number is
             *     refused with 400 by the sandbox (its reading of `uniqueItems`). `uniqueItems` itself is not
             *     declared here: code generators may turn such an array into a set type, which changes how it is
             *     built and serialized.
             *
             *     Group messages have at most 10 participants: Bandwidth/api-docs `errors.mdx` lists error
             *     4435 `forbidden-too-many-recipients` ("When sending Group Messages, there's a maximum of 10
             *     participants in a Group"), which is reported through the `message-failed` callback.
             *     `webhooks.mdx` says sending is "limited to 10 recipients" and that replying to more
             *     recipients answers a 400 error. So the documents disagree on how the limit is reported (a
             *     400 answer or a 4435 callback), and neither says whether the sender counts as a participant;
             *     this contract allows 10 recipients (webhooks.mdx), so a longer list is refused before it is
             *     sent. At least one recipient is required (`minItems: 1`, inferred: a message needs a
             *     recipient).
             *
             *     webhooks.mdx also says that in a request `to` may be a single number as a string, while
             *     bandwidth.yml takes an array only. Both are documented, so both are accepted; an array is
             *     the form bandwidth.yml's SDKs send, and a single string means a one-number array.
             * @example [
             *       "+15554443333"
             *     ]
             */
            to: components["schemas"]["E164Number"][] | components["schemas"]["E164Number"];
            /**
             * @description The sender: either the sender's Bandwidth phone number in E.164 format (hosted with
             *     Bandwidth and linked to the account sending the message) or an alphanumeric sender ID.
             *     An alphanumeric sender ID has at most 11 characters of `A-Z`, `a-z`, `0-9`, space, `-`,
             *     `+`, `_` and `&`, and at least one letter (bandwidth.yml `messageRequest.from`). Anything
             *     else (`12345`, `not-a-number`) is refused with the documented 400 naming `from`.
             * @example +15552221111
             */
            from: string;
            /** @description The text of the message, at most 2048 characters. */
            text?: string;
            /**
             * @description URLs of media files to send as an MMS, each at most 4096 characters. Files uploaded with
             *     `uploadMedia` are meant for this (mediaManagement.mdx: "used in applications without
             *     requiring a separate hosting provider"); that their URL has the form
             *     `https://messaging.bandwidth.com/api/v2/users/{accountId}/media/{mediaId}` is inferred from
             *     the form the same page shows for incoming media.
             */
            media?: string[];
            /** @description A custom string, at most 1024 characters, included in the callbacks of the message. */
            tag?: string;
            priority?: components["schemas"]["Priority"];
            /**
             * Format: date-time
             * @description An RFC 3339 date-time in the future (bandwidth.yml). If the message has not been sent by
             *     then, it is not sent (errors.mdx, error 4360 `message-not-sent-expiration-date-passed`).
             */
            expiration?: string;
        } | {
            text: unknown;
        } | {
            media: unknown;
        };
        /**
         * MessageDirection
         * @description The direction of a message relative to Bandwidth, as `createMessage` reports it.
         * @enum {string}
         */
        MessageDirection: "in" | "out";
        /**
         * Message
         * @description The message Bandwidth accepted for sending (`202 Accepted`); bandwidth.yml `message`.
         */
        Message: {
            /** @description The ID of the message. */
            id?: string;
            /** @description The Bandwidth phone number associated with the message. */
            owner?: string;
            /** @description The ID of the messaging application the message was sent with. */
            applicationId?: string;
            /**
             * Format: date-time
             * @description When the message was created (ISO 8601).
             */
            time?: string;
            /** @description The number of segments the message is broken into before sending over carrier networks. */
            segmentCount?: number;
            direction?: components["schemas"]["MessageDirection"];
            /** @description The recipients of the message (bandwidth.yml marks the list `uniqueItems`). */
            to?: string[];
            /** @description The sender of the message. */
            from?: string;
            /**
             * @description The media URLs sent with the message (bandwidth.yml marks the list `uniqueItems`). A
             *     `filename` in the `Content-Disposition` header of a linked file sets the file name shown
             *     to the recipient.
             */
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
         * RbmAction
         * @description A suggested action of an RBM message, by `type` (bandwidth.yml `multiChannelAction`, whose
         *     discriminator maps REPLY and REQUEST_LOCATION to the base action, and the other types to
         *     their own schemas).
         */
        RbmAction: {
            /**
             * @description The kind of action.
             * @enum {string}
             */
            type: "REPLY" | "REQUEST_LOCATION";
            /** @description The text shown for the recipient to click, at most 25 characters. */
            text: string;
            /**
             * Format: byte
             * @description A Base64 payload you receive when the recipient clicks, at most 2048 characters.
             */
            postbackData: string;
        } | {
            /**
             * @description The kind of action.
             * @enum {string}
             */
            type: "DIAL_PHONE";
            /** @description The text shown for the recipient to click, at most 25 characters. */
            text: string;
            /**
             * Format: byte
             * @description A Base64 payload you receive when the recipient clicks, at most 2048 characters.
             */
            postbackData: string;
            /** @description The phone number to dial, in E.164 format. */
            phoneNumber: string;
        } | {
            /**
             * @description The kind of action.
             * @enum {string}
             */
            type: "SHOW_LOCATION";
            /** @description The text shown for the recipient to click, at most 25 characters. */
            text: string;
            /**
             * Format: byte
             * @description A Base64 payload you receive when the recipient clicks, at most 2048 characters.
             */
            postbackData: string;
            /** @description The latitude, a decimal number in [-90, 90] written as a string. */
            latitude: string;
            /** @description The longitude, a decimal number in [-180, 180] written as a string. */
            longitude: string;
            /** @description The label of the location, at most 100 characters. */
            label?: string;
        } | {
            /**
             * @description The kind of action.
             * @enum {string}
             */
            type: "CREATE_CALENDAR_EVENT";
            /** @description The text shown for the recipient to click, at most 25 characters. */
            text: string;
            /**
             * Format: byte
             * @description A Base64 payload you receive when the recipient clicks, at most 2048 characters.
             */
            postbackData: string;
            /** @description The title of the event, at most 100 characters. */
            title: string;
            /**
             * Format: date-time
             * @description The start of the event (RFC 3339).
             */
            startTime: string;
            /**
             * Format: date-time
             * @description The end of the event (RFC 3339).
             */
            endTime: string;
            /** @description The description of the event, at most 500 characters. */
            description?: string;
        } | {
            /**
             * @description The kind of action.
             * @enum {string}
             */
            type: "OPEN_URL";
            /** @description The text shown for the recipient to click, at most 25 characters. */
            text: string;
            /**
             * Format: byte
             * @description A Base64 payload you receive when the recipient clicks, at most 2048 characters.
             */
            postbackData: string;
            /**
             * Format: uri
             * @description The URL to open, `http://` or `https://`, at most 2048 characters.
             */
            url: string;
            /**
             * @description How the URL is opened on the device.
             * @enum {string}
             */
            application?: "BROWSER" | "WEBVIEW";
            /**
             * @description The layout of the WebView; required with `WEBVIEW`, not allowed with `BROWSER`.
             * @enum {string}
             */
            webviewViewMode?: "FULL" | "HALF" | "TALL";
        };
        /**
         * RbmSuggestions
         * @description Suggested actions for the recipient, at most 11 (bandwidth.yml `multiChannelFullActions`).
         */
        RbmSuggestions: components["schemas"]["RbmAction"][];
        /**
         * RbmText
         * @description RBM text content with optional suggested actions (bandwidth.yml `rbmMessageContentText`).
         */
        RbmText: {
            /** @description The text of the message, at most 3270 characters. */
            text: string;
            suggestions?: components["schemas"]["RbmSuggestions"];
        };
        /**
         * RbmFile
         * @description A media file of an RBM message (bandwidth.yml `rbmMessageContentFile`).
         */
        RbmFile: {
            /**
             * Format: uri
             * @description The URL of the media file; at most 100 MB.
             */
            fileUrl: string;
            /**
             * Format: uri
             * @description The URL of the thumbnail image. Applies only to video files.
             */
            thumbnailUrl?: string;
        };
        /**
         * RbmMedia
         * @description RBM media content with optional suggested actions (bandwidth.yml `rbmMessageMedia`).
         */
        RbmMedia: {
            /** @description The media files. */
            media: components["schemas"]["RbmFile"][];
            suggestions?: components["schemas"]["RbmSuggestions"];
        };
        /**
         * RbmCardContent
         * @description The content of one rich card; it must contain at least one of `title`, `description` or `media`
         *     (bandwidth.yml `rbmCardContent`).
         */
        RbmCardContent: {
            /** @description The title of the card, at most 200 characters. */
            title?: string;
            /** @description The description of the card, at most 2000 characters. */
            description?: string;
            /** @description The card's media file and its height. */
            media?: components["schemas"]["RbmFile"] & {
                /**
                 * @description The height of the media.
                 * @enum {string}
                 */
                height: "SHORT" | "MEDIUM" | "TALL";
            };
            /** @description Suggested actions shown on the card, at most 4. */
            suggestions?: components["schemas"]["RbmAction"][];
        };
        /**
         * RbmStandaloneCard
         * @description A single rich card (bandwidth.yml `rbmStandaloneCard`).
         */
        RbmStandaloneCard: {
            /**
             * @description The orientation of the card.
             * @enum {string}
             */
            orientation: "HORIZONTAL" | "VERTICAL";
            /**
             * @description The alignment of the thumbnail image in the card. Required when `orientation` is `HORIZONTAL`.
             * @enum {string}
             */
            thumbnailImageAlignment?: "LEFT" | "RIGHT";
            cardContent: components["schemas"]["RbmCardContent"];
            suggestions?: components["schemas"]["RbmSuggestions"];
        };
        /**
         * RbmCarouselCard
         * @description A carousel of 2 to 10 rich cards (bandwidth.yml `rbmMessageCarouselCard`).
         */
        RbmCarouselCard: {
            /**
             * @description The width of the cards.
             * @enum {string}
             */
            cardWidth: "SMALL" | "MEDIUM";
            /** @description The cards, 2 to 10. */
            cardContents: components["schemas"]["RbmCardContent"][];
            suggestions?: components["schemas"]["RbmSuggestions"];
        };
        /**
         * MultiChannelRbmItem
         * @description A multi-channel message body for the RBM channel (bandwidth.yml `multiChannelChannelListRBMObject`).
         */
        MultiChannelRbmItem: {
            /**
             * @description The sender ID of the message; this could be an alphanumeric sender ID.
             * @example BandwidthRBM
             */
            from: string;
            /** @description The ID of the Application your sender is associated with in the Bandwidth App. */
            applicationId: string;
            /**
             * @description The channel of this body.
             * @enum {string}
             */
            channel: "RBM";
            /** @description The RBM content, one of text, media or a rich card (standalone or carousel). */
            content: components["schemas"]["RbmText"] | components["schemas"]["RbmMedia"] | components["schemas"]["RbmStandaloneCard"] | components["schemas"]["RbmCarouselCard"];
            /**
             * @description Only in responses: the Bandwidth sender ID associated with the message, identical to `from`.
             *     bandwidth.yml requires it in the response's channel list (`multiChannelChannelListOwnerObject`);
             *     it is optional here so that one schema serves both directions.
             */
            owner?: string;
        };
        /**
         * MultiChannelSmsItem
         * @description A multi-channel message body for the SMS channel (bandwidth.yml `multiChannelChannelListSMSObject`).
         */
        MultiChannelSmsItem: {
            /**
             * @description The sender ID of the message; this could be an alphanumeric sender ID.
             * @example BandwidthRBM
             */
            from: string;
            /** @description The ID of the Application your sender is associated with in the Bandwidth App. */
            applicationId: string;
            /**
             * @description The channel of this body.
             * @enum {string}
             */
            channel: "SMS";
            /** @description The SMS content. */
            content: {
                /** @description The text of the message, at most 2048 characters. */
                text: string;
            };
            /**
             * @description Only in responses: the Bandwidth sender ID associated with the message, identical to `from`.
             *     bandwidth.yml requires it in the response's channel list (`multiChannelChannelListOwnerObject`);
             *     it is optional here so that one schema serves both directions.
             */
            owner?: string;
        };
        /**
         * MultiChannelMmsFile
         * @description A media attachment of a multi-channel MMS (bandwidth.yml `mmsMessageContentFile`).
         */
        MultiChannelMmsFile: {
            /**
             * Format: uri
             * @description The URL of the attachment. For MMS the API limits file size to 3.5 MB; carriers and channels
             *     may have smaller limits (bandwidth.yml).
             */
            fileUrl: string;
        };
        /**
         * MultiChannelMmsItem
         * @description A multi-channel message body for the MMS channel (bandwidth.yml `multiChannelChannelListMMSObject`).
         */
        MultiChannelMmsItem: {
            /**
             * @description The sender ID of the message; this could be an alphanumeric sender ID.
             * @example BandwidthRBM
             */
            from: string;
            /** @description The ID of the Application your sender is associated with in the Bandwidth App. */
            applicationId: string;
            /**
             * @description The channel of this body.
             * @enum {string}
             */
            channel: "MMS";
            /** @description The MMS content. */
            content: {
                /** @description The text of the message, at most 2048 characters. */
                text?: string;
                /** @description The media attachments. */
                media?: components["schemas"]["MultiChannelMmsFile"][];
            };
            /**
             * @description Only in responses: the Bandwidth sender ID associated with the message, identical to `from`.
             *     bandwidth.yml requires it in the response's channel list (`multiChannelChannelListOwnerObject`);
             *     it is optional here so that one schema serves both directions.
             */
            owner?: string;
        };
        /**
         * MultiChannelChannelItem
         * @description One message body of a multi-channel message, for the channel named in `channel` (bandwidth.yml
         *     `multiChannelChannelListRequestObject`, discriminated by `channel`).
         */
        MultiChannelChannelItem: components["schemas"]["MultiChannelRbmItem"] | components["schemas"]["MultiChannelSmsItem"] | components["schemas"]["MultiChannelMmsItem"];
        /**
         * MultiChannelMessageRequest
         * @description A multi-channel message (beta): one recipient and up to four message bodies, each for a channel
         *     (RBM, SMS or MMS). Bandwidth tries them in the order listed; once one is sent, the others are
         *     ignored (bandwidth.yml `multiChannelMessageRequest`).
         */
        MultiChannelMessageRequest: {
            /**
             * @description The phone number to send to, in E.164 format.
             * @example +15552223333
             */
            to: string;
            /** @description The message bodies, tried in order until one is sent; at most 4. */
            channelList: components["schemas"]["MultiChannelChannelItem"][];
            /** @description A custom string, at most 1024 characters, included in the callbacks of the message. */
            tag?: string;
            priority?: components["schemas"]["Priority"];
            /**
             * Format: date-time
             * @description An RFC 3339 date-time in the future by which the message expires.
             */
            expiration?: string;
        };
        /**
         * MultiChannelLink
         * @description A link of a multi-channel response (bandwidth.yml `link`).
         */
        MultiChannelLink: {
            /** @description The relation of the link. */
            rel?: string;
            /** @description The target of the link. */
            href?: string;
        };
        /**
         * MultiChannelMessageData
         * @description The accepted multi-channel message (bandwidth.yml `multiChannelMessageResponseData`).
         */
        MultiChannelMessageData: {
            /** @description The ID of the message. */
            id: string;
            /**
             * Format: date-time
             * @description When the Bandwidth API received the message.
             */
            time: string;
            direction: components["schemas"]["MessageDirection"];
            /** @description The destination phone numbers, in E.164 format (an array here, although the request takes one number). */
            to: string[];
            /** @description The message bodies, tried in order until one is sent. */
            channelList: components["schemas"]["MultiChannelChannelItem"][];
            /** @description The custom string given when the message was sent. */
            tag?: string;
            priority?: components["schemas"]["Priority"];
            /**
             * Format: date-time
             * @description When the message expires.
             */
            expiration?: string;
        };
        /**
         * MultiChannelErrorObject
         * @description One error of a multi-channel response (bandwidth.yml `errorObject`).
         */
        MultiChannelErrorObject: {
            /** @description A concise summary of the error, for categorization. */
            type: string;
            /** @description A detailed explanation of the error. */
            description: string;
            /** @description What in the request the error relates to, if anything (bandwidth.yml `errorSource`); `{}` when nothing. */
            source: {
                /** @description The URI query parameter that caused the error. */
                parameter?: string;
                /** @description The request body field that led to the error. */
                field?: string;
                /** @description The header field that contributed to the error. */
                header?: string;
                /** @description A resource ID or path linked to the error. */
                reference?: string;
            };
        };
        /**
         * MultiChannelMessageResponse
         * @description The answer to an accepted multi-channel message (bandwidth.yml `createMultiChannelMessageResponse`).
         */
        MultiChannelMessageResponse: {
            /** @description Links (empty in bandwidth.yml's example values). */
            links?: components["schemas"]["MultiChannelLink"][];
            data?: components["schemas"]["MultiChannelMessageData"];
            /** @description Errors (empty in bandwidth.yml's example values). */
            errors?: components["schemas"]["MultiChannelErrorObject"][];
        };
        /**
         * MultiChannelError
         * @description The error body of the multi-channel endpoint (bandwidth.yml `multiChannelError`).
         */
        MultiChannelError: {
            /** @description Links (empty in every documented example). */
            links?: components["schemas"]["MultiChannelLink"][];
            /** @description Always `null` in the documented examples. */
            data?: Record<string, never> | null;
            /** @description The errors. */
            errors?: components["schemas"]["MultiChannelErrorObject"][];
        };
        /**
         * MdrBlank
         * @description A blank value. The message detail record page (seed 004) says fields that do not apply "will be
         *     blank", and Bandwidth's support article "Message Detail Record field descriptions" says of
         *     `ErrorCode` "you'll see either a blank or 200 here", so the typed MDR fields also accept `""`.
         * @constant
         */
        MdrBlank: "";
        /**
         * MessagingErrorCode
         * @description The `errorCode` of a `message-failed` callback: a four-digit code from the table on Bandwidth's
         *     messaging errors page (Bandwidth/api-docs `site/docs/messaging/errors.mdx`, read at commit
         *     5ffb78e of 2023-09-14). That page lists **76 codes** in five sections, which this schema keeps in
         *     `x-enumDescriptions` as "`slug`: friendly description. Section; billable or not", with
         *     the slug, friendly description and billable flag exactly as the page prints them:
         *
         *     | section on errors.mdx | codes | count | billable |
         *     |---|---|---|---|
         *     | Bandwidth Detected Client Errors | 4001-4493 | 31 | no, except 4470 |
         *     | Carrier Reported Client Errors | 4700-4795 | 27 | yes |
         *     | Bandwidth Service Failures | 5100-5501, 5999 | 11 | no |
         *     | Carrier Reported Service Failures | 5600-5650 | 5 | yes |
         *     | Carrier Errors with Ambiguous Cause | 9902, 9999 | 2 | yes |
         *
         *     The page explains the digits: the first is client (4) or server (5) error, the second whether
         *     Bandwidth (1, 3, 4 for client errors; 1, 2, 5 for server errors) or the carrier (7; 6)
         *     reported it, the last two are Bandwidth's own codes or its normalisation of carrier codes, and
         *     9 marks an ambiguous downstream error. The scheme does not cover every listed code (4001's
         *     second digit is 0; 5999 is listed among Bandwidth Service Failures): the section a code is
         *     listed under is what this schema records. Per the page, a 4xxx request repeated gives the same
         *     result; after a 5xxx a retry may succeed (Bandwidth failures), but for carrier failures the page
         *     advises at most one retry. For 9902, errors.mdx says Bandwidth stopped waiting for the delivery
         *     receipt after two hours, and webhooks.mdx (toll-free example) that it does **not** mean the
         *     message was not received.
         *
         *     **The number is the key, not the slug**: four slugs appear under two codes each
         *     (`media-content-invalid` 4412/4712, `rejected-message-size-limit-exceeded` 4411/4711,
         *     `message-send-failed` 5500/5501, `unknown-error` 5999/9999). Slugs are kept verbatim, including
         *     the page's own oddities (5610 `submit_ sm-or-submit_ multi-failed` with spaces, 5630
         *     `message-not-acknowle`, 5201 `temporary-rout-error-retries-exceeded`); 4407's friendly
         *     description says "From Number is associated with account" although its explanation says the
         *     number is *not* associated with the account. The page's "Explanation Of Error" column
         *     is not copied: read it there.
         *
         *     **Open on purpose**: the known codes are an `enum` only inside the first `anyOf` branch, and
         *     the second branch accepts any integer. The table has changed over time (codes were added in
         *     2023, e.g. by api-docs commit ab524d7 "Add New Messaging Error Codes"), errors.mdx describes
         *     9999 as a code "unknown to Bandwidth", and a callback receiver that rejected an unlisted code
         *     would answer non-2xx, so Bandwidth would retry the callback for 24 hours and then drop it. A
         *     code outside the table is therefore valid; its meaning is simply not documented here.
         * @example 4432
         * @example 4405
         * @example 9902
         */
        MessagingErrorCode: (4001 | 4301 | 4302 | 4303 | 4350 | 4360 | 4401 | 4403 | 4404 | 4405 | 4406 | 4407 | 4408 | 4409 | 4410 | 4411 | 4412 | 4420 | 4421 | 4431 | 4432 | 4433 | 4434 | 4435 | 4451 | 4452 | 4470 | 4481 | 4482 | 4492 | 4493 | 4700 | 4701 | 4702 | 4711 | 4712 | 4720 | 4721 | 4730 | 4740 | 4750 | 4751 | 4752 | 4753 | 4770 | 4771 | 4772 | 4773 | 4774 | 4775 | 4780 | 4781 | 4785 | 4790 | 4791 | 4792 | 4793 | 4795 | 5100 | 5101 | 5106 | 5111 | 5201 | 5211 | 5220 | 5231 | 5500 | 5501 | 5999 | 5600 | 5610 | 5620 | 5630 | 5650 | 9902 | 9999) | number;
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
         * @description A message detail record (MDR), from the message detail record page (seed 004); each segment of a
         *     message has its own record. The page gives example values but no types: identifiers are strings
         *     (the account ID and LATA codes may also come as numbers), counts and codes are integers,
         *     timestamps are ISO 8601 in UTC. Fields that do not apply to a record may be absent or blank, so
         *     every field typed other than as a string also accepts `""` (`MdrBlank`).
         */
        MessageDetailRecord: {
            /** @description This is the Customer's Service Account ID. */
            AccountId?: string | number;
            /**
             * @description The type of the message, SMS or MMS. The MDR page shows `SMS`/`MMS`; Bandwidth's support
             *     article "Message Detail Record field descriptions" shows `sms`, `mms`; both spellings are
             *     accepted.
             */
            MessageType?: ("SMS" | "MMS" | "sms" | "mms") | components["schemas"]["MdrBlank"];
            /** @description This is a unique identifier for each message. */
            MessageID?: string;
            /** @description This is the direction of the message inbound to the customer, or outbound from the customer. */
            CallDirection?: ("INBOUND" | "OUTBOUND") | components["schemas"]["MdrBlank"];
            /** @description The number that initiated the message, in E.164 format (the page's example value, `15555551234`, has no `+`). This could either be a customer number or a recipient's number. */
            SourceTn?: string;
            /** @description The number the message is destined for, in E.164 format (the page's example value, `525556667777`, has no `+`). This could either be a customer number or a recipient's number. */
            DestinationTn?: string;
            /** @description Date and time (UTC, ISO 8601) a message was received by Bandwidth from a Customer or a Provider, depending on the direction of the message. */
            TimeStamp?: string | components["schemas"]["MdrBlank"];
            /**
             * @description In older MDRs the ErrorCode always reflected a 200 as only success cases were reflected in
             *     the MDRs. New MDRs summarize the success/failure of the message via `MessageStatus` rather
             *     than using a code; the support article says it is either blank or 200.
             */
            ErrorCode?: number | components["schemas"]["MdrBlank"];
            /** @description The Zone of the message, as in Bandwidth's Reach List. */
            IntlZone?: string | number;
            /** @description The date (UTC) the message will be considered in for a billing cycle. The page's example is `12/1/2018` (not ISO 8601); that the format is `M/D/YYYY` rather than `D/M/YYYY` is inferred (US usage). */
            MessageDate?: string;
            /** @description This is the Customer's Global Account Number. */
            GlobalAccountID?: string;
            /** @description Date and time (UTC, ISO 8601) a message was received by Bandwidth from a Customer or a Provider. */
            ReceivedTimestamp?: string | components["schemas"]["MdrBlank"];
            /** @description Date and time (UTC, ISO 8601) a message was first attempted to be sent by Bandwidth to a Provider or a Customer. This is only the first attempted date/time. */
            SentTimestamp?: string | components["schemas"]["MdrBlank"];
            /** @description Date and time (UTC, ISO 8601) when a message was finally accepted by a Provider or Customer, or Bandwidth gave up and deemed the attempt a failure. */
            CompletedTimestamp?: string | components["schemas"]["MdrBlank"];
            /** @description The number of segments a long message is broken into to send to a Provider, or the number of segments received from a Provider. */
            MessageSegments?: number | components["schemas"]["MdrBlank"];
            /** @description The segment number of this record within the long message. */
            SegmentNumber?: number | components["schemas"]["MdrBlank"];
            /** @description The number of characters in the message, including spaces. */
            MessageLength?: number | components["schemas"]["MdrBlank"];
            /** @description Whether the Bandwidth billing system considers the message billable. */
            Billable?: ("Yes" | "No") | components["schemas"]["MdrBlank"];
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
             *
             *     The MDR page points to "a list of HTTP V2 error codes" for these codes; its text does not
             *     say where the link leads. That the list is Bandwidth/api-docs `errors.mdx` (the v2 messaging
             *     error-code table) is inferred; in this contract it is the `MessagingErrorCode` schema
             *     referenced here (an open list: any integer is accepted). The MDR page's examples have three digits
             *     while that table's codes have four (e.g. `9902` delivery-receipt-expired, `4470`
             *     rejected-spam-detected); how the two correspond is not documented.
             */
            DLRCode?: components["schemas"]["MessagingErrorCode"] | components["schemas"]["MdrBlank"];
            /** @description The unique identifier of this message detail record. Each segment of a message has its own. */
            MdrID?: string;
            MessageStatus?: components["schemas"]["MdrMessageStatus"] | components["schemas"]["MdrBlank"];
        };
        /**
         * MessageDetailRecords
         * @description The detail records of one message: one record per segment. The document describes a list, but
         *     its only example body is a single empty object (`{}`), so a lone record object is accepted too.
         */
        MessageDetailRecords: components["schemas"]["MessageDetailRecord"][] | components["schemas"]["MessageDetailRecord"];
        /**
         * Media
         * @description One stored media file, as `listMedia` describes it (bandwidth.yml `media`, mediaManagement.mdx).
         */
        Media: {
            /** @description The URL of the file (mediaManagement.mdx's example shows `https://messaging.bandwidth.com/.../media/{mediaName}`). */
            content?: string;
            /** @description The size of the file in bytes (inferred from the name and the example values; no document states the unit). */
            contentLength?: number;
            /** @description The name of the file; it is the file's `mediaId` (inferred from the example URLs, which end in `/media/{mediaName}`). */
            mediaName?: string;
        };
        /**
         * MediaList
         * @description One page of the account's media files, at most 1000 (mediaManagement.mdx). When there are more,
         *     the response's `Continuation-Token` header gives the token for the next page.
         */
        MediaList: components["schemas"]["Media"][];
        /**
         * StatusCallbackEventMessageSending
         * @description A `message-sending` status event: Bandwidth is sending the message to the upstream provider.
         *     webhooks.mdx: MMS only, and only with the `Feature_MMS_DLR` account flag (MMS delivery
         *     receipts); its parameter table says `message.direction` is only `out` for this event.
         */
        StatusCallbackEventMessageSending: {
            /** @enum {string} */
            type: "message-sending";
        } & (WithRequired<components["schemas"]["StatusCallbackEventBase"], "type"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message-sending";
        });
        /**
         * StatusCallbackEventMessageSent
         * @description A `message-sent` status event: the message has left Bandwidth's network and is in transit to
         *     the provider (bandwidth.yml `statusCallbackTypeEnum`, with one example). webhooks.mdx does not
         *     document this type, nor when it is sent, and applications.mdx's `RequestedCallbackTypes` does
         *     not list it. Decision: a receiver must accept it, since a server built from bandwidth.yml may
         *     send it; the sandbox sends it once per recipient when the message reaches SENT (its choice, as no
         *     document gives the timing), and an application whose requested callback types leave it out
         *     (sandbox option `requestedCallbackTypes`) does not get it.
         */
        StatusCallbackEventMessageSent: {
            /** @enum {string} */
            type: "message-sent";
        } & (WithRequired<components["schemas"]["StatusCallbackEventBase"], "type"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message-sent";
        });
        /**
         * StatusCallbackEventMessageDelivered
         * @description A `message-delivered` status event, one of the two terminal events (webhooks.mdx: each outbound
         *     message gets `message-delivered` or `message-failed`, not both). For MMS and group messages
         *     without delivery receipts it only means handed to Bandwidth's MMSC network (webhooks.mdx); for a
         *     toll-free `from` number with description `ok` it means delivered to the device.
         */
        StatusCallbackEventMessageDelivered: {
            /** @enum {string} */
            type: "message-delivered";
        } & (WithRequired<components["schemas"]["StatusCallbackEventBase"], "type"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message-delivered";
        });
        /**
         * StatusCallbackEventMessageFailed
         * @description A `message-failed` status event, one of the two terminal events (webhooks.mdx), carrying the
         *     `errorCode` and `description` of the failure (errors.mdx: "Messaging Errors").
         */
        StatusCallbackEventMessageFailed: {
            /** @enum {string} */
            type: "message-failed";
            /**
             * @description The error code, from the table in `MessagingErrorCode` (errors.mdx). Every documented
             *     `message-failed` example has one, and errors.mdx says failures are reported with an
             *     `errorCode`, but the current bandwidth.yml makes it optional ("applicable only when type
             *     is `message-failed`"), and bandwidth.yml at node-sdk commit c8a3650 (2025-01-20) made it
             *     nullable; node-sdk commit 8031bdb (2023-10-09) required it. So it is optional and may be
             *     `null` here.
             */
            errorCode?: components["schemas"]["MessagingErrorCode"] | null;
        } & (WithRequired<components["schemas"]["StatusCallbackEventBase"], "type"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message-failed";
        });
        /**
         * StatusCallbackEventMessageRead
         * @description A `message-read` status event: the recipient read an RBM message sent with the multi-channel
         *     endpoint (bandwidth.yml). webhooks.mdx does not document it; no document shows an example.
         */
        StatusCallbackEventMessageRead: {
            /** @enum {string} */
            type: "message-read";
            /**
             * Format: date-time
             * @description When the message was read (bandwidth.yml `statusCallback.eventTime`, "for `message-read` callbacks"); not required there.
             */
            eventTime?: string;
        } & (WithRequired<components["schemas"]["StatusCallbackEventBase"], "type"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message-read";
        });
        /**
         * StatusCallbackType
         * @description The `type` of a status callback event, sent to the application's outbound callback URL
         *     (bandwidth.yml `statusCallbackTypeEnum`; webhooks.mdx documents all but `message-sent` and
         *     `message-read`). webhooks.mdx: each outbound message gets either a `message-delivered` or a
         *     `message-failed` event, never both. applications.mdx's `RequestedCallbackTypes` (the types an
         *     application asks for at its outbound callback URL) lists only `message-delivered`,
         *     `message-sending` and `message-failed`. webhooks.mdx also says that with MMS delivery receipts
         *     enabled you must support three MMS events, "Message Delivered, Message Failed, & Message
         *     Queued", but gives no `type` for "Message Queued" and documents no such event; that it means
         *     `message-sending` (the third event its sections describe) is our reading, and no
         *     `message-queued` type is invented here.
         * @enum {string}
         */
        StatusCallbackType: "message-sending" | "message-sent" | "message-delivered" | "message-failed" | "message-read";
        /**
         * CallbackMessageChannel
         * @description The channel a multi-channel message went over, as bandwidth.yml's `statusCallbackMessage.channel`
         *     (`multiChannelMessageChannelEnum`) lists it. webhooks.mdx does not mention this field. No
         *     document says whether it is present for messages sent with `createMessage` rather than the
         *     multi-channel endpoint.
         * @enum {string}
         */
        CallbackMessageChannel: "RBM" | "SMS" | "MMS";
        /**
         * CallbackMessage
         * @description The `message` object of a callback event: the message the event is about. Fields and required
         *     list from Bandwidth/node-sdk `bandwidth.yml` (`statusCallbackMessage`, read at commit 4ba8cac
         *     of 2026-07-01) and the parameter tables of Bandwidth/api-docs
         *     `site/docs/messaging/webhooks.mdx`; every example on that page and in bandwidth.yml has all
         *     eight required fields.
         *
         *     Older revisions required more: bandwidth.yml at node-sdk commit 8031bdb (2023-10-09) also
         *     required `text` in every event, `media` and `priority` in `message-sending`, `tag` in
         *     `message-delivered`, and `tag` and `priority` in `message-failed`; webhooks.mdx's own examples
         *     break those rules (its `message-sending` example has no `priority`, most `message-delivered`
         *     examples and its `message-failed` example have no `tag`). Only the current required list is
         *     kept.
         *
         *     Additional properties are allowed: a callback receiver must not reject what Bandwidth adds
         *     later (a rejected callback is retried for 24 hours, then lost).
         */
        CallbackMessage: {
            /** @description The unique ID of the message (webhooks.mdx). */
            id: string;
            /**
             * @description The Bandwidth phone number or alphanumeric identifier the message belongs to
             *     (bandwidth.yml). webhooks.mdx: for an outbound message always the `from` number; for an
             *     inbound message (one of) the `to` number(s), e.g. the recipient this copy of an inbound
             *     group message belongs to. The documents disagree: several of webhooks.mdx's and
             *     bandwidth.yml's own `message-delivered` examples have an `owner` equal to the recipient,
             *     not to `from`. Not constrained here.
             */
            owner: string;
            /** @description The ID of the messaging application the `from` number (or sender ID) is associated with (webhooks.mdx, bandwidth.yml). */
            applicationId: string;
            /**
             * Format: date-time
             * @description When the message was created (webhooks.mdx); `date-time` in bandwidth.yml.
             */
            time: string;
            /**
             * @description The number of segments the message is broken into before it is sent over carrier networks
             *     (webhooks.mdx, bandwidth.yml). webhooks.mdx: Bandwidth segments above 160 characters in
             *     GSM-7 or 70 in UCS-2; for MMS it is always 1.
             */
            segmentCount: number;
            /**
             * @description `out` for a message sent from Bandwidth, `in` for one received by a Bandwidth number
             *     (webhooks.mdx). webhooks.mdx says it is only `out` in `message-sending` events.
             */
            direction: components["schemas"]["MessageDirection"];
            /**
             * @description The recipients of the message; always an array in callbacks (webhooks.mdx). bandwidth.yml
             *     marks the array `uniqueItems`; this contract does not enforce that on receipt, so that a
             *     receiver never rejects a callback over it (our choice).
             */
            to: string[];
            /** @description The phone number or alphanumeric identifier the message was sent from (webhooks.mdx, bandwidth.yml). */
            from: string;
            /**
             * @description The text of the message. In status events it is empty: webhooks.mdx says message text is not
             *     sent in status callbacks, and every documented status example has `"text": ""`. In
             *     `message-received` events it is the text received. Optional in the current bandwidth.yml.
             */
            text?: string;
            /** @description The custom string given when the message was sent (webhooks.mdx; at most 1024 characters when sending, per bandwidth.yml `tag`). May be empty, as in webhooks.mdx's toll-free example. */
            tag?: string;
            /**
             * @description Media URLs of the message (webhooks.mdx; bandwidth.yml: "Optional media, not applicable for
             *     sms"). webhooks.mdx says received media can be downloaded with the media API within 2 days.
             *     Not `format: uri` here although bandwidth.yml says so: webhooks.mdx's own inbound example
             *     contains the unexpanded placeholder `{accountId}`, which is not a valid URI. `null` is
             *     accepted because bandwidth.yml at node-sdk commit c8a3650 (2025-01-20) made `media`
             *     nullable; the current revision does not, and no example shows `null`.
             */
            media?: string[] | null;
            priority?: components["schemas"]["Priority"];
            channel?: components["schemas"]["CallbackMessageChannel"];
        };
        /**
         * StatusCallbackEventBase
         * @description The fields every status callback event has (bandwidth.yml `statusCallback`; webhooks.mdx
         *     "Outbound Message Webhooks"). The required list is bandwidth.yml's, and every documented example
         *     has all five fields. Additional properties are allowed (see `CallbackMessage`).
         */
        StatusCallbackEventBase: {
            type: components["schemas"]["StatusCallbackType"];
            /**
             * Format: date-time
             * @description When the event happened (webhooks.mdx: "the time of the event described in the receipt").
             *     webhooks.mdx's parameter tables for `message-sending` and `message-failed` type it `array`,
             *     while its examples and bandwidth.yml send a date-time string; the string is what is accepted.
             */
            time: string;
            /**
             * @description A detailed description of the event (webhooks.mdx, bandwidth.yml), free text: the documented
             *     examples say e.g. `ok`, `Message delivered to carrier`, `Message delivered to handset.`,
             *     `Message is sending to carrier`, `forbidden to country`.
             */
            description: string;
            /**
             * @description The recipient this event is about (webhooks.mdx: "the destination number for an outbound
             *     message receipt"; bandwidth.yml: the Bandwidth user's client phone number). For a group
             *     message each recipient gets its own event (webhooks.mdx), so this is one of `message.to`
             *     (inferred; true of every documented example).
             */
            to: string;
            message: components["schemas"]["CallbackMessage"];
            /**
             * @description The name of the Authorized Message Provider that handled the message; in the US, the carrier
             *     the message was sent to. Present only when this account feature is enabled (bandwidth.yml
             *     `carrierName`; not on webhooks.mdx).
             */
            carrierName?: string;
        };
        /**
         * StatusCallbackEvent
         * @description One event of a status callback (`webhooks.statusCallback`), told apart by `type`. bandwidth.yml
         *     models one `statusCallback` schema for all five types; here each type has its own schema, so
         *     that generated types narrow on `type`.
         *
         *     No document gives events an ID of their own. Deliveries are at least once (webhooks.mdx), so a
         *     receiver must deduplicate: `x-dedupe-key` names the fields that together identify an event, as
         *     JSON pointers: `type`, `message.id` and `to` (one event per recipient of a group message, per
         *     webhooks.mdx). That key is our inference, not Bandwidth's statement; in particular, no document
         *     says whether a retried delivery repeats `time` unchanged, so `time` is left out of it.
         */
        StatusCallbackEvent: components["schemas"]["StatusCallbackEventMessageSending"] | components["schemas"]["StatusCallbackEventMessageSent"] | components["schemas"]["StatusCallbackEventMessageDelivered"] | components["schemas"]["StatusCallbackEventMessageFailed"] | components["schemas"]["StatusCallbackEventMessageRead"];
        /**
         * InboundCallbackEventMessageReceived
         * @description A `message-received` inbound event: a message was sent to a message-enabled Bandwidth number on
         *     your account (webhooks.mdx, bandwidth.yml). For a group message to several of your numbers, each
         *     gets its own event with its own message ID (webhooks.mdx); inbound group messages are passed on
         *     whatever their number of recipients, although sending is limited to 10 (webhooks.mdx).
         */
        InboundCallbackEventMessageReceived: {
            /** @enum {string} */
            type: "message-received";
        } & (WithRequired<components["schemas"]["InboundCallbackEventBase"], "type"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message-received";
        });
        /**
         * InboundCallbackEventSuggestionResponse
         * @description A `suggestion-response` inbound event: the recipient of an RBM message sent with the
         *     multi-channel endpoint answered one of its suggestions (bandwidth.yml). webhooks.mdx does not
         *     document it; no document shows an example.
         */
        InboundCallbackEventSuggestionResponse: {
            /** @enum {string} */
            type: "suggestion-response";
        } & (WithRequired<components["schemas"]["InboundCallbackEventBase"], "type"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "suggestion-response";
        });
        /**
         * InboundCallbackEventRequestedLocationResponse
         * @description A `requested-location-response` inbound event: the recipient of an RBM message sent with the
         *     multi-channel endpoint answered its location request (bandwidth.yml). webhooks.mdx does not
         *     document it; no document shows an example. Its `type` is any of the three spellings the
         *     sources have used for it (see `InboundCallbackType`).
         */
        InboundCallbackEventRequestedLocationResponse: {
            /** @enum {string} */
            type: "requested-location-response" | "request-location-response" | "location-request-response";
        } & (WithRequired<components["schemas"]["InboundCallbackEventBase"], "type"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "requested-location-response" | "request-location-response" | "location-request-response";
        });
        /**
         * InboundCallbackType
         * @description The `type` of an inbound callback event, sent to the application's inbound callback URL
         *     (bandwidth.yml `inboundCallbackTypeEnum`; webhooks.mdx documents only `message-received`).
         *     The location answer has had three spellings: `requested-location-response` (Bandwidth/node-sdk
         *     `bandwidth.yml` today), `request-location-response` (the same file from 2025-08 to 2026-06,
         *     node-sdk commits 2e0e73f to 2a0596f, and the generated `InboundCallbackTypeEnum` of
         *     Bandwidth/python-sdk and Bandwidth/csharp-sdk built from it) and `location-request-response`
         *     (reported in a Bandwidth/csharp-sdk release). Which one a live server sends is not documented,
         *     so a receiver accepts all three; the three mean the same event.
         * @enum {string}
         */
        InboundCallbackType: "message-received" | "suggestion-response" | "requested-location-response" | "request-location-response" | "location-request-response";
        /**
         * CallbackMultiChannelContent
         * @description The content of a multi-channel message in an inbound callback (bandwidth.yml
         *     `multiChannelMessageContent`: "the structure of the content field of a multichannel message").
         *     No document shows an example or says when it is present.
         */
        CallbackMultiChannelContent: {
            /** @description Text of the message (bandwidth.yml gives no description). */
            text?: string;
            /** @description A media file (bandwidth.yml `rbmMessageContentFile`). */
            media?: {
                /**
                 * @description The URL of the media file. bandwidth.yml types it `format: uri` with at most 1000
                 *     characters and a 100 MB file limit when sending; those sending limits are not enforced on
                 *     receipt here.
                 */
                fileUrl: string;
                /** @description The URL of a thumbnail image; bandwidth.yml says it applies only to video files. */
                thumbnailUrl?: string;
            };
        };
        /**
         * CallbackSuggestionResponse
         * @description What the recipient chose from the suggestions of an RBM message (bandwidth.yml
         *     `rbmSuggestionResponse`). No document shows an example.
         */
        CallbackSuggestionResponse: {
            /** @description The text associated with the suggestion response (bandwidth.yml). */
            text?: string;
            /**
             * @description The base64 payload you attached to the suggestion when sending, returned when the recipient
             *     clicks it (bandwidth.yml `rbmActionPostbackData`: `format: byte`, at most 2048 characters).
             *     Neither the base64 format nor the length is enforced on receipt here.
             */
            postbackData?: string;
            /** @description The ID of the outbound (MT) message this responds to; nullable in bandwidth.yml. */
            pairedMessageId?: string | null;
        };
        /**
         * CallbackLocationResponse
         * @description The location the recipient shared in reply to a location request of an RBM message
         *     (bandwidth.yml `rbmLocationResponse`). No document shows an example.
         */
        CallbackLocationResponse: {
            /**
             * @description The latitude of the recipient's location, as a string (bandwidth.yml types it
             *     `format: double`, example `'37.7749'`).
             */
            latitude?: string;
            /**
             * @description The longitude of the recipient's location, as a string (bandwidth.yml types it
             *     `format: double`, example `'-122.4194'`).
             */
            longitude?: string;
        };
        /**
         * InboundCallbackMessage
         * @description The `message` object of an inbound callback event: every field of `CallbackMessage` plus the
         *     three that bandwidth.yml's `inboundCallbackMessage` adds for multi-channel (RBM) replies:
         *     `content`, `suggestionResponse` and `locationResponse`. webhooks.mdx documents none of the
         *     three, and no document says which of them each inbound event type carries (presumably
         *     `suggestionResponse` in `suggestion-response` and `locationResponse` in
         *     `requested-location-response` events, by their names; inferred, so not required).
         */
        InboundCallbackMessage: {
            content?: components["schemas"]["CallbackMultiChannelContent"];
            suggestionResponse?: components["schemas"]["CallbackSuggestionResponse"];
            locationResponse?: components["schemas"]["CallbackLocationResponse"];
        } & components["schemas"]["CallbackMessage"];
        /**
         * InboundCallbackEventBase
         * @description The fields every inbound callback event has (bandwidth.yml `inboundCallback`; webhooks.mdx
         *     "Inbound Message Webhooks"). The required list is bandwidth.yml's, and every documented example
         *     has all five fields. Additional properties are allowed (see `CallbackMessage`).
         */
        InboundCallbackEventBase: {
            type: components["schemas"]["InboundCallbackType"];
            /**
             * Format: date-time
             * @description When the event happened (webhooks.mdx, bandwidth.yml).
             */
            time: string;
            /** @description A detailed description of the event (webhooks.mdx, bandwidth.yml), free text; the documented examples say `Incoming message received`. */
            description: string;
            /**
             * @description The Bandwidth number or alphanumeric identifier that received the message (bandwidth.yml).
             *     For a group message to several of your numbers, each gets its own event (webhooks.mdx), and
             *     `to` and `message.owner` name the number this copy belongs to in every documented example.
             */
            to: string;
            message: components["schemas"]["InboundCallbackMessage"];
            /**
             * @description The name of the Authorized Message Provider that handled the message; in the US, the carrier
             *     the message was sent to. Present only when this account feature is enabled (bandwidth.yml
             *     `carrierName`; not on webhooks.mdx).
             */
            carrierName?: string;
        };
        /**
         * InboundCallbackEvent
         * @description One event of an inbound callback (`webhooks.inboundCallback`), told apart by `type`.
         *     bandwidth.yml models one `inboundCallback` schema for all three types; here each type has its
         *     own schema, so that generated types narrow on `type`.
         *
         *     No document gives events an ID of their own. Deliveries are at least once (webhooks.mdx), so a
         *     receiver must deduplicate: `x-dedupe-key` names the fields that together identify an event, as
         *     JSON pointers: `type`, `message.id` and `to`. That key is our inference, not Bandwidth's
         *     statement (webhooks.mdx: each of your numbers that receives a group message gets its own event
         *     and message ID); no document says whether a retried delivery repeats `time` unchanged, so
         *     `time` is left out of it.
         */
        InboundCallbackEvent: components["schemas"]["InboundCallbackEventMessageReceived"] | components["schemas"]["InboundCallbackEventSuggestionResponse"] | components["schemas"]["InboundCallbackEventRequestedLocationResponse"];
    };
    responses: {
        /** @description Bad Request: the request is malformed or invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /**
         * @description Unauthorized: the credentials are wrong or missing, or the user has no access to the account
         *     (errors.mdx).
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /** @description Forbidden: the user does not have access to the messaging API (errors.mdx). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /**
         * @description Not Found. Two documented shapes: Bandwidth/api-docs `errors.mdx` shows a body with
         *     `timestamp`, `status`, `error`, `message` and `path` for a path that does not exist
         *     (`NotFoundError`), while bandwidth.yml types every messaging 404 as `MessagingRequestError`
         *     (`{type, description}`, no example). Both are accepted.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundError"] | components["schemas"]["MessagingRequestError"];
            };
        };
        /** @description Method Not Allowed (bandwidth.yml; no document shows the body). */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /**
         * @description Unsupported Media Type: the request's `Content-Type` is not accepted (errors.mdx: send
         *     `Content-Type: application/json; charset=utf-8`).
         */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /**
         * @description Too Many Requests: `listMessages` is rate limited to 3500 requests per 5 minutes per source IP
         *     address (seed 001, bandwidth.yml). The response carries `Retry-After` (bandwidth.yml
         *     `listMessagesTooManyRequestsError`).
         */
        ListMessagesTooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /** @description Internal Server Error (bandwidth.yml; no document shows the body of this shape). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /**
         * @description Bad Request: the message is malformed or invalid. `fieldErrors` may name each invalid field
         *     (bandwidth.yml `createMessageRequestError`).
         */
        CreateMessageBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreateMessageRequestError"];
            };
        };
        /** @description Not Acceptable: the server cannot answer in a media type the Accept header allows (bandwidth.yml; no document shows the body). */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /**
         * @description Too Many Requests: the account's rate limit is maxed out and its message queue is full
         *     (Bandwidth/api-docs `rateLimits.mdx` and `errors.mdx`). Rate limits count segments, not API
         *     requests. No document gives this response a `Retry-After` header.
         */
        CreateMessageTooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /**
         * @description Too Many Requests (bandwidth.yml `messagingTooManyRequestsError`, which documents neither a body
         *     example nor a `Retry-After` header for these operations).
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessagingRequestError"];
            };
        };
        /**
         * @description The answer Bandwidth expects to its first, credential-less request when the application has
         *     callback credentials: `401` with a `WWW-Authenticate` Basic challenge (Bandwidth/api-docs
         *     `site/docs/numbers/webhooks.md`, "Authentication"). Bandwidth then sends the request again with
         *     an `Authorization: Basic` header carrying the application's credentials. The documents say
         *     nothing about a body for this answer, nor what Bandwidth does when its second request (with
         *     credentials the receiver does not accept) is answered with 401 again.
         */
        CallbackUnauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WwwAuthenticateChallenge"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The callback was received. webhooks.mdx: answer every callback with an HTTP 2xx status within 10
         *     seconds; bandwidth.yml's callbacks list `200 OK` and `202 Accepted`. The documents say nothing
         *     about a response body, and Bandwidth is not documented to read one. (An older webhooks.mdx said
         *     that a callback answered with more than 16 kB would not be retried; api-docs commit b856296 of
         *     2023-09-20 removed that as incorrect: non-2xx answers are retried whatever their size.)
         */
        CallbackAcknowledged: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
         *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
         * @example 12345
         */
        accountId: string;
        /**
         * @description The ID of the message whose detail records to return. Message IDs come in different formats,
         *     both shown here (seed 000). (`minLength: 1` is inferred: an empty segment would address another path.)
         */
        messageId: string;
        /**
         * @description The media file's ID: for an uploaded file, the name it was uploaded under; for incoming media,
         *     "everything after `media/`" in the URL of the `message-received` callback, which contains
         *     slashes, e.g. `14762070468292kw2fuqty55yp2b2/0/bw.png` (Bandwidth/api-docs `mediaManagement.mdx`).
         *
         *     **Slashes travel unencoded.** The documents show such IDs as literal path segments
         *     (`…/media/14762070468292kw2fuqty55yp2b2/0/bw.png`), so each `/`-separated part is
         *     percent-encoded on its own and the `/` between them is sent as is (`x-allowSlashes: true`; the
         *     client of this project does this). Bandwidth's node-sdk 8.1.4 instead encodes the whole ID
         *     with `encodeURIComponent` (`/` as `%2F`, api/media-api.ts); whether the server decodes `%2F` is
         *     not documented. Empty, `.` and `..` parts cannot be sent (URL normalization would change the path).
         */
        mediaId: string;
        /**
         * @description Every example request on webhooks.mdx carries `User-Agent: BandwidthAPI/v2`. The page
         *     does not say that the value is fixed or always present, so this contract does not require it;
         *     do not rely on it to authenticate Bandwidth (anyone can send it).
         * @example BandwidthAPI/v2
         */
        callbackUserAgent: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The number of seconds to wait before retrying. Documented only for `listMessages`' 429 (seed 001:
         *     "Exceeding the limit returns HTTP 429 with a Retry-After header"; bandwidth.yml example `300`),
         *     and not as always present.
         * @example 300
         */
        RetryAfter: number;
        /**
         * @description The HTTP Basic challenge that makes Bandwidth resend the callback with the application's
         *     callback credentials (Bandwidth/api-docs `site/docs/numbers/webhooks.md`, "Authentication":
         *     Bandwidth follows RFC 7235). The page's example is `Basic realm=""`; it prescribes no realm.
         *     Without this header on the 401, Bandwidth does **not** send the second request, and the
         *     callback never reaches your server.
         * @example Basic realm=""
         */
        WwwAuthenticateChallenge: string;
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
                 *     examples are valid (seed 000). Special characters need URL encoding, hyphens do not.
                 */
                messageId?: string;
                /**
                 * @description A single full phone number, a comma-separated list of at most 10 full phone numbers, or a
                 *     single partial phone number of at least 5 characters (for example `+1919`) (seed 001,
                 *     bandwidth.yml). Pass the value as plain text: it is URL-encoded once on the way.
                 *
                 *     The pattern is inferred, and only as strict as the sources allow: at most 10
                 *     comma-separated values, each of at most 16 characters of those a phone number (`+`, digits)
                 *     or an alphanumeric sender ID (letters, digits, space, `-`, `+`, `_`, `&`; bandwidth.yml
                 *     `messageRequest.from`) can contain. It rejects an already-encoded value such as
                 *     `%2B15554443333`, which would be encoded a second time.
                 * @example +15554443333
                 */
                sourceTn?: string;
                /**
                 * @description A single full phone number, a comma-separated list of at most 10 full phone numbers, or a
                 *     single partial phone number of at least 5 characters (for example `+1919`) (seed 001,
                 *     bandwidth.yml). Pass the value as plain text: it is URL-encoded once on the way.
                 *
                 *     The pattern is inferred, and only as strict as the sources allow: at most 10
                 *     comma-separated values, each of at most 16 characters of those a phone number (`+`, digits)
                 *     or an alphanumeric sender ID (letters, digits, space, `-`, `+`, `_`, `&`; bandwidth.yml
                 *     `messageRequest.from`) can contain. It rejects an already-encoded value such as
                 *     `%2B15554443333`, which would be encoded a second time.
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
                 *     The date range to search in is currently 14 days. The sources say "ISO 8601", not RFC 3339,
                 *     so no `format` is declared.
                 * @example 2016-09-14T18:20:16.000Z
                 */
                fromDateTime?: string;
                /**
                 * @description The end of the date range to search, ISO 8601, compared with the message receive time.
                 *     The date range to search in is currently 14 days. The sources say "ISO 8601", not RFC 3339,
                 *     so no `format` is declared. (The search page's example value ends in a stray `^`, which is
                 *     not part of the value.)
                 * @example 2016-09-14T18:20:16.000Z
                 */
                toDateTime?: string;
                /**
                 * @description The campaign ID of the message.
                 * @example CJEUMDK
                 */
                campaignId?: string;
                /**
                 * @description The minimum Bandwidth latency of the message in seconds. Only available for accounts with
                 *     the Advanced Quality Metrics feature enabled.
                 * @example 5
                 */
                fromBwLatency?: number;
                /**
                 * @description Whether the message is queued in the Bandwidth network.
                 * @example true
                 */
                bwQueued?: boolean;
                /**
                 * @description Messaging product associated with the message.
                 * @example P2P
                 */
                product?: components["schemas"]["ProductType"];
                /**
                 * @description Location ID associated with the message.
                 * @example 123ABC
                 */
                location?: string;
                /**
                 * @description Whether the message is queued in the carrier network. Only available for OUTBOUND messages
                 *     from accounts with the Advanced Quality Metrics feature enabled.
                 * @example true
                 */
                carrierQueued?: boolean;
                /**
                 * @description The minimum carrier latency of the message in seconds. Only available for OUTBOUND
                 *     messages from accounts with the Advanced Quality Metrics feature enabled.
                 * @example 50
                 */
                fromCarrierLatency?: number;
                /**
                 * @description Calling number country in A3 format (bandwidth.yml; ISO 3166-1 alpha-3 is inferred from "A3" and the example `USA`).
                 * @example USA
                 */
                callingNumberCountryA3?: string;
                /**
                 * @description Called number country in A3 format (bandwidth.yml; ISO 3166-1 alpha-3 is inferred from "A3" and the example `USA`).
                 * @example USA
                 */
                calledNumberCountryA3?: string;
                /**
                 * @description Segment count (start of range).
                 * @example 1
                 */
                fromSegmentCount?: number;
                /**
                 * @description Segment count (end of range).
                 * @example 3
                 */
                toSegmentCount?: number;
                /**
                 * @description Message size (start of range).
                 * @example 100
                 */
                fromMessageSize?: number;
                /**
                 * @description Message size (end of range).
                 * @example 120
                 */
                toMessageSize?: number;
                /**
                 * @description The field and direction to sort by, joined by a colon; direction is `asc` or `desc`
                 *     (seed 001). No document says whether several fields may be combined, so no pattern is
                 *     declared.
                 * @example sourceTn:desc
                 */
                sort?: string;
                /**
                 * @description A base64-encoded value used for pagination of results; take it from `pageInfo.nextPageToken`.
                 * @example gdEewhcJLQRB5
                 */
                pageToken?: string;
                /**
                 * @description The maximum number of records in the search result; default 100. The documents add that
                 *     "the sum of limit and after cannot be more than 10000", but there is no `after` parameter,
                 *     and no document states a range for `limit` itself, so none is declared (reading the
                 *     sentence as "at most 10000" would be an inference).
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description When true, `totalCount` in the response is at most 10,000. When false or left out, it is the
                 *     accurate count of all matching messages. Try it if searches are slow.
                 * @example true
                 */
                limitTotalCount?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
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
                     * @description Paging links (`rel="next"`, `rel="prev"`), shown on the search page (seed 000). Their
                     *     `rel` values agree with `pageInfo` (`rel="next"` is the `pageInfo.nextPage` link); what
                     *     is crossed in the page's example are the query-parameter names inside the URLs (see
                     *     `PageInfo`). Prefer the tokens in `pageInfo`.
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
            429: components["responses"]["ListMessagesTooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
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
            429: components["responses"]["CreateMessageTooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createMultiChannelMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MultiChannelMessageRequest"];
            };
        };
        responses: {
            /** @description Accepted. The message is queued for sending. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiChannelMessageResponse"];
                };
            };
            /** @description Bad Request (bandwidth.yml `multiChannelBadRequestError`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiChannelError"];
                };
            };
            /** @description Unauthorized (bandwidth.yml `multiChannelUnauthorizedError`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiChannelError"];
                };
            };
            /** @description Forbidden (bandwidth.yml `multiChannelForbiddenError`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiChannelError"];
                };
            };
            /** @description Not Found (bandwidth.yml `multiChannelNotFoundError`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiChannelError"];
                };
            };
            /** @description Method Not Allowed (bandwidth.yml `multiChannelMethodNotAllowedError`). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiChannelError"];
                };
            };
            /** @description Not Acceptable. bandwidth.yml (`multiChannelNotAcceptableError`) documents no body for it. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unsupported Media Type (bandwidth.yml `multiChannelInvalidMediaTypeError`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiChannelError"];
                };
            };
            /** @description Too Many Requests (bandwidth.yml `multiChannelTooManyRequestsError`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiChannelError"];
                };
            };
            /** @description Internal Server Error (bandwidth.yml `multiChannelInternalServerError`). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiChannelError"];
                };
            };
        };
    };
    getMessageDetailRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
                /**
                 * @description The ID of the message whose detail records to return. Message IDs come in different formats,
                 *     both shown here (seed 000). (`minLength: 1` is inferred: an empty segment would address another path.)
                 */
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
    listMedia: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `Continuation-Token` of the previous response, to get the files after it. Leave out on the first request. (The example is bandwidth.yml's.)
                 * @example 1XEi2tsFtLo1JbtLwETnM1ZJ+PqAa8w6ENvC5QKvwyrCDYII663Gy5M4s40owR1tjkuWUif6qbWvFtQJR5/ipqbUnfAqL254LKNlPy6tATCzioKSuHuOqgzloDkSwRtX0LtcL2otHS69hK343m+SjdL+vlj71tT39
                 */
                "Continuation-Token"?: string;
            };
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. One page of media files (at most 1000). */
            200: {
                headers: {
                    /** @description Present when more files follow (inferred, see the operation); send it back as the `Continuation-Token` request header. */
                    "Continuation-Token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
                /**
                 * @description The media file's ID: for an uploaded file, the name it was uploaded under; for incoming media,
                 *     "everything after `media/`" in the URL of the `message-received` callback, which contains
                 *     slashes, e.g. `14762070468292kw2fuqty55yp2b2/0/bw.png` (Bandwidth/api-docs `mediaManagement.mdx`).
                 *
                 *     **Slashes travel unencoded.** The documents show such IDs as literal path segments
                 *     (`…/media/14762070468292kw2fuqty55yp2b2/0/bw.png`), so each `/`-separated part is
                 *     percent-encoded on its own and the `/` between them is sent as is (`x-allowSlashes: true`; the
                 *     client of this project does this). Bandwidth's node-sdk 8.1.4 instead encodes the whole ID
                 *     with `encodeURIComponent` (`/` as `%2F`, api/media-api.ts); whether the server decodes `%2F` is
                 *     not documented. Empty, `.` and `..` parts cannot be sent (URL normalization would change the path).
                 */
                mediaId: components["parameters"]["mediaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The file's bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    uploadMedia: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Caching directives for the stored file (mediaManagement.mdx; bandwidth.yml `cacheControl`, whose example is `no-cache`).
                 * @example no-cache
                 */
                "Cache-Control"?: string;
            };
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
                /**
                 * @description The media file's ID: for an uploaded file, the name it was uploaded under; for incoming media,
                 *     "everything after `media/`" in the URL of the `message-received` callback, which contains
                 *     slashes, e.g. `14762070468292kw2fuqty55yp2b2/0/bw.png` (Bandwidth/api-docs `mediaManagement.mdx`).
                 *
                 *     **Slashes travel unencoded.** The documents show such IDs as literal path segments
                 *     (`…/media/14762070468292kw2fuqty55yp2b2/0/bw.png`), so each `/`-separated part is
                 *     percent-encoded on its own and the `/` between them is sent as is (`x-allowSlashes: true`; the
                 *     client of this project does this). Bandwidth's node-sdk 8.1.4 instead encodes the whole ID
                 *     with `encodeURIComponent` (`/` as `%2F`, api/media-api.ts); whether the server decodes `%2F` is
                 *     not documented. Empty, `.` and `..` parts cannot be sent (URL normalization would change the path).
                 */
                mediaId: components["parameters"]["mediaId"];
            };
            cookie?: never;
        };
        /**
         * @description The file's bytes, sent with the file's own media type as `Content-Type` (bandwidth.yml's
         *     example type is `audio/wav`), at most 3.75 MB. mediaManagement.mdx's own upload example
         *     sends `file.mp3` with `Content-Type: text/plain`; no document says whether the server
         *     checks the type against the content.
         */
        requestBody: {
            content: {
                "*/*": string;
            };
        };
        responses: {
            /** @description No Content. The file is stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Bandwidth account ID. The message detail record page names this path segment `userId`; it
                 *     is the same account ID. (`minLength: 1` is inferred: an empty segment would address another path.)
                 * @example 12345
                 */
                accountId: components["parameters"]["accountId"];
                /**
                 * @description The media file's ID: for an uploaded file, the name it was uploaded under; for incoming media,
                 *     "everything after `media/`" in the URL of the `message-received` callback, which contains
                 *     slashes, e.g. `14762070468292kw2fuqty55yp2b2/0/bw.png` (Bandwidth/api-docs `mediaManagement.mdx`).
                 *
                 *     **Slashes travel unencoded.** The documents show such IDs as literal path segments
                 *     (`…/media/14762070468292kw2fuqty55yp2b2/0/bw.png`), so each `/`-separated part is
                 *     percent-encoded on its own and the `/` between them is sent as is (`x-allowSlashes: true`; the
                 *     client of this project does this). Bandwidth's node-sdk 8.1.4 instead encodes the whole ID
                 *     with `encodeURIComponent` (`/` as `%2F`, api/media-api.ts); whether the server decodes `%2F` is
                 *     not documented. Empty, `.` and `..` parts cannot be sent (URL normalization would change the path).
                 */
                mediaId: components["parameters"]["mediaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content. The file is deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    receiveStatusCallback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Every example request on webhooks.mdx carries `User-Agent: BandwidthAPI/v2`. The page
                 *     does not say that the value is fixed or always present, so this contract does not require it;
                 *     do not rely on it to authenticate Bandwidth (anyone can send it).
                 * @example BandwidthAPI/v2
                 */
                "User-Agent"?: components["parameters"]["callbackUserAgent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description A JSON array of status events (webhooks.mdx); see the operation's description. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusCallbackEvent"][];
            };
        };
        responses: {
            401: components["responses"]["CallbackUnauthorized"];
            "2XX": components["responses"]["CallbackAcknowledged"];
        };
    };
    receiveInboundCallback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Every example request on webhooks.mdx carries `User-Agent: BandwidthAPI/v2`. The page
                 *     does not say that the value is fixed or always present, so this contract does not require it;
                 *     do not rely on it to authenticate Bandwidth (anyone can send it).
                 * @example BandwidthAPI/v2
                 */
                "User-Agent"?: components["parameters"]["callbackUserAgent"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description A JSON array of inbound events (webhooks.mdx); see the operation's description. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundCallbackEvent"][];
            };
        };
        responses: {
            401: components["responses"]["CallbackUnauthorized"];
            "2XX": components["responses"]["CallbackAcknowledged"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
