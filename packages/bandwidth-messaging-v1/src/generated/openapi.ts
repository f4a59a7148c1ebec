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
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        /**
         * List Messages
         * @description Lists the messages the user has sent or received (Bandwidth/ap-docs
         *     `methods/messages/getMessages.md`). All filters travel as query parameters; query values are
         *     URL-encoded once, so `+15554443333` travels as `%2B15554443333`.
         *
         *     The answer is a bare JSON array of messages (no envelope, no total count). Paging: the page size
         *     is `size` (default 25, at most 1000); as long as another page exists, the answer carries
         *     `Link: <...sortKeyLT=...>; rel="next"`, and the next page is read by requesting that URL as is.
         *     A missing `Link` header means the last page. The single-message page (seed 002) also lists
         *     `page` (default 0) in its field table, which the list page does not; whether the list honours
         *     it is not documented.
         *
         *     Order: the page says both "Messages are returned newest first" and that `sortOrder` defaults to
         *     `asc`; the two statements disagree, so pass `sortOrder` when the order matters. With a small
         *     `size` and a wide date range, the messages selected are the ones closer to `toDateTime`.
         *
         *     As for a single message, `text` is only kept for 3 days; older messages in the list come
         *     without it. Rate limit: by default 1 request per second for `/messages` (`429`,
         *     `rateLimits/resourceRateLimits.md`).
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send Message(s)
         * @description Sends one message, or up to 50 in one request (Bandwidth/ap-docs
         *     `methods/messages/postMessages.md`). An SMS, or an MMS when `media` is given, from one of your
         *     Bandwidth numbers.
         *
         *     **One message** (a JSON object): `201 Created` with the URL of the new message in the `Location`
         *     header and no body. Read the message with `getMessage` (the last path segment of `Location` is
         *     its ID).
         *
         *     **Several messages** (a JSON array of at most 50 message objects): `202 Accepted` with a JSON
         *     array of one result per message, in the order sent: `{"result": "accepted", "location": ...}` or
         *     `{"result": "error", "error": {...}}`. One rejected message does not fail the others. More than
         *     50 messages answer `403` with code `multi-message-limit`. (This contract's schema also says at
         *     most 50 and that `to` is not blank, so the Prism mock answers such a request `400` where the
         *     real API would answer `403`, or `202` with an error result for the blank item.)
         *
         *     Events about each message go to its `callbackUrl` (the `messageEvent` webhook). Sending is rate
         *     limited per account and per number: exceeding it answers `403` with category `limit`, not `429`
         *     (`rateLimits.md`, `rateLimits/messageRateLimits.md`).
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
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
                /**
                 * @description The ID of the message, the last path segment of the `Location` header `sendMessage` answers. (The example value is ours; the documents write `{messageId}`.)
                 * @example m-xyz789
                 */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        /**
         * Get Message
         * @description Gets information about a previously sent or received message. No query parameters are
         *     supported (seed 002; Bandwidth/ap-docs `methods/messages/getMessagesMessageId.md`).
         *
         *     Bandwidth only stores the message contents for 3 days: a message older than 3 days comes
         *     without `text`. Earlier revisions of the page said 30 days; it changed to 3 days on 2019-11-19
         *     (Bandwidth/ap-docs commit 6d2a487, "update retention to 3 days", which changed the list and
         *     redaction pages too). Either way, do not rely on `text` being present.
         *
         *     The page states no error responses; those below are the v1 API's errors that apply, in its
         *     `{category, code, message, details}` shape (`errors.md`, `rateLimits/resourceRateLimits.md`).
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Redact Message Text
         * @description Redacts the text of a previously sent message (Bandwidth/ap-docs
         *     `methods/messages/redactMessageText.md`). The body must be exactly `{"text": ""}`: any other
         *     `text`, or any other property, answers `400` and nothing is redacted. `200` means the text has
         *     been redacted; the page documents no response body.
         *
         *     The page's other responses are not documented; `401`, `404` and `429` below are the v1 API's
         *     common errors (`errors.md`, `rateLimits/resourceRateLimits.md`).
         */
        patch: operations["redactMessageText"];
        trace?: never;
    };
    "/users/{userId}/media": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        /**
         * List Media
         * @description Lists your media files (Bandwidth/ap-docs `methods/media/getMedia.md`). "No query parameters are
         *     supported", and no paging is documented: the answer is a bare JSON array of all your files.
         *     (Bandwidth/node-bandwidth's `Media.list` returns the one answer; Bandwidth/python-bandwidth's
         *     `list_media_files` reads it through its generic enumerator, which would follow a
         *     `Link: <...>; rel="next"` header if one came; the documents never show one for media.)
         *
         *     Rate limit: by default 1 request per second for `/media` (`429`,
         *     `rateLimits/resourceRateLimits.md`).
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
    "/users/{userId}/media/{mediaName}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
                /**
                 * @description The name of the media file, unique per user (`mediaName` of `listMedia`), for example `file.mp3`.
                 *     Uploading to a name that exists replaces the file (Bandwidth/ap-docs
                 *     `methods/media/putMediaMediaName.md`, "Upload or Replace Media"). The documents give no rules for
                 *     names; the client percent-encodes the name as one path segment.
                 * @example file.mp3
                 */
                mediaName: components["parameters"]["mediaName"];
            };
            cookie?: never;
        };
        /**
         * Download Media
         * @description Downloads a media file you uploaded (Bandwidth/ap-docs `methods/media/getMediaMediaName.md`).
         *     The media URLs of the documented incoming MMS event (`apiCallbacks/mms.md`) are under this same
         *     path, so we read them as downloadable here too; the page itself speaks only of files you
         *     uploaded. The answer is `200` with the file's bytes; its
         *     `Content-Type` is the file's media type (both v1 clients return the response's `Content-Type`
         *     with the content).
         *
         *     Every download needs your API token and secret. Bandwidth advises against handing these URLs to
         *     end users' devices, which would need your credentials: keep a copy on your own server or storage
         *     instead.
         */
        get: operations["getMedia"];
        /**
         * Upload or Replace Media
         * @description Uploads a file "the normal HTTP way": the request body is the file's bytes, and an existing file
         *     of the same name is replaced (Bandwidth/ap-docs `methods/media/putMediaMediaName.md`). Files up
         *     to 65MB; storage is free for any number of files, and only your API token and secret can read
         *     them (`methods/media/media.md`). The page documents `200` with no body.
         *
         *     Headers: `Content-Length` is mandatory (without it: `400`, "The media size must be specified by
         *     the Content-Length header", `errors.md`); `Content-Type` (the media type of the file) and
         *     `Cache-Control` are optional. Bandwidth/node-bandwidth and python-bandwidth send
         *     `application/octet-stream` when no type is given.
         */
        put: operations["uploadMedia"];
        post?: never;
        /**
         * Remove Media File
         * @description Deletes a media file (Bandwidth/ap-docs `methods/media/deleteMediaMediaName.md`). Make sure no
         *     application script still uses it; a file deleted by mistake can be uploaded again under the same
         *     name at once. The page documents `200` with no body.
         */
        delete: operations["deleteMedia"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    messageEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Message event (GET, query string)
         * @description The same event as `receiveMessageEventPost`, sent as an HTTP GET whose query string carries the
         *     fields, when `callbackHttpMethod` is `GET`: for incoming SMS and MMS when the application says
         *     so ("for use with BXML"), and for delivery notifications of a sent SMS when `sendMessage` says so
         *     (Bandwidth/ap-docs `apiCallbacks/messagingEvents.md`, `get-sms.md`, `get-mms.md`).
         *
         *     The documented examples (named `incomingSms` and `incomingMms` on each parameter) are, as printed
         *     on the pages:
         *
         *     `/{callbackUrl}?messageId=m-asdf&from=%2B19191231111&eventType=sms&text=test&time=2016-12-01T16:04:49Z&to=%2B13204601164&state=received&applicationId=a-yr3jpxasdfh5xh5e35saoi&direction=in&segmentCount=1&messageUri=https%3A%2F%2Fapi.catapult.inetwork.com%2Fv1%2Fusers%2Fu-123%2Fmessages%2Fm-asdf`
         *
         *     and the same with `eventType=mms` and
         *     `media=[{full-url}/giphy-m-asdf.gif, {full-url}/123_1-m-asdf.smil]`.
         *
         *     `get-sms.md` and `get-mms.md` list only the fields of an incoming message. The delivery fields
         *     and `tag` are listed below as well because `messagingEvents.md` says delivery notifications
         *     of a sent SMS come as GET too; that they travel as these query parameters is our inference from
         *     the POST event. Timeouts, `fallbackUrl`, authentication and the absence of a documented retry
         *     schedule are as for `receiveMessageEventPost`.
         */
        get: operations["receiveMessageEventGet"];
        put?: never;
        /**
         * Message event (POST, JSON)
         * @description Bandwidth sends one messaging event (an `SmsEvent` or an `MmsEvent`) to your server as an HTTP
         *     POST with a JSON object body (Bandwidth/ap-docs `apiCallbacks/sms.md`, `mms.md`,
         *     `messagingEvents.md`). POST is the default; when `callbackHttpMethod` is `GET` the same event
         *     comes as a GET with a query string instead (`receiveMessageEventGet`).
         *
         *     **Where events go** (`apiCallbacks/callbacks.md`, `messagingEvents.md`): incoming messages go to
         *     the URL configured in the application that the receiving phone number is assigned to (the
         *     application's `incomingMessageUrl`, which this contract does not model); events about a
         *     message you send go to the `callbackUrl` of `sendMessage` (`callbacks.md`, `postMessages.md`,
         *     and the GET row of `messagingEvents.md`). The documents disagree here: the POST row of
         *     `messagingEvents.md` says outbound SMS delivery notifications go to "the `callbackUrl`
         *     specified in the application". Where events of a message sent without `callbackUrl` go is not
         *     documented.
         *
         *     **Which events**: incoming SMS and MMS; for a sent SMS, its state changes; delivery receipts only
         *     when the message was sent with `receiptRequested` `all` (every receipt, success and error) or
         *     `error` (error receipts only); with the default `none`, no receipt is sent
         *     (`methods/messages/postMessages.md`). `tag` of the send is included in the message's events.
         *     One message can cause several events: the event carries no event ID of its own, so a receiver
         *     tells events apart by `messageId` with `eventType`, `state` and `deliveryState` (our reading).
         *
         *     **Timeouts and failures** (`postMessages.md`): Bandwidth waits `callbackTimeout` milliseconds
         *     for your answer (default and maximum 10000); if the request to `callbackUrl` fails, the event
         *     is sent to `fallbackUrl` when one was given. The documents define neither what counts as a
         *     failure nor any retry schedule for v1 callbacks; nothing here should be read as one (Messaging
         *     v2's 24-hour retries are a different API). Answer quickly with a 2xx and process later.
         *
         *     **Authentication** (`callbacks.md`): the only documented protection is HTTP Basic credentials
         *     written into the callback URL itself (`https://username:password@yoursecurehost.com/yoursecureapp`).
         *     Whether Bandwidth sends them with the first request or only after a `401` challenge is not
         *     documented; there is no signature.
         */
        post: operations["receiveMessageEventPost"];
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
         * @description Which delivery receipts of an outbound message are sent as callback events (`messageEvent`
         *     webhook). Values, default and meanings from Bandwidth/ap-docs `methods/messages/postMessages.md`;
         *     the message pages (seed 002) name the same values and default.
         * @default none
         * @enum {string}
         */
        ReceiptRequested: "none" | "all" | "error";
        /**
         * DeliveryCode
         * @description The delivery code of a message; `deliveryDescription` carries its text. `0` means the message
         *     was delivered to the carrier, every other code is a reason it was not.
         *
         *     The documents' table of 19 codes is the first alternative below, with each code's meaning (seed
         *     002; Bandwidth/ap-docs `methods/messages/getMessagesMessageId.md`, `getMessages.md` and
         *     `apiCallbacks/sms.md` print the same table). The documents disagree on the type: the tables call
         *     it a "Numeric value" and Bandwidth/node-bandwidth `lib/message.js` types it as a Number, while
         *     the field templates of `apiCallbacks/sms.md` and `mms.md` show `"deliveryCode": "string"`, and a
         *     GET callback carries every value as a query-string text anyway. Nothing says the table is
         *     complete. So any integer and any string are accepted: match on the number, and read a string
         *     form with `Number(...)`.
         * @example 0
         * @example 902
         */
        DeliveryCode: (0 | 187 | 188 | 189 | 482 | 600 | 610 | 620 | 630 | 650 | 700 | 720 | 740 | 750 | 751 | 770 | 775 | 902 | 999) | number | string;
        /**
         * Message
         * @description A message sent or received through one of your numbers, as `getMessage` and `listMessages`
         *     return it (seed 002; Bandwidth/ap-docs `methods/messages/getMessagesMessageId.md`,
         *     `getMessages.md`). Fields that do not apply to a message may be absent (for example the delivery
         *     fields of an inbound message, or `receiptRequested` when none was requested).
         *
         *     Bandwidth only stores the message contents for 3 days: messages older than that come without
         *     `text`.
         *
         *     The document's field table also lists `page` and `size`; those are query parameters of
         *     `listMessages`, not message fields, and are described there (our reading).
         *
         *     The documents mark no field as required. Required here are the fields present in every
         *     documented message (seed 002, the list examples of `getMessages.md`, the `get_message` example
         *     of Bandwidth/python-bandwidth); that is our reading. The object is open: Bandwidth may add fields.
         */
        Message: {
            /**
             * @description The unique ID of the message.
             * @example m-xyz789
             */
            id: string;
            /**
             * @description The ID of the message again. Not in the field tables, but in every message of the list
             *     examples of Bandwidth/ap-docs `methods/messages/getMessages.md` (equal to `id`) and in the
             *     `get_message` example of Bandwidth/python-bandwidth (`message_id`); absent from the example of
             *     the single-message page.
             * @example m-xyz789
             */
            messageId?: string;
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
             *     message contents that long. After `redactMessageText` it is presumably `""` (the text is
             *     redacted to the empty string; what a later read returns is not documented).
             */
            text?: string;
            /**
             * @description The media URLs sent as the content of an MMS; an empty array for a plain SMS. Media stored
             *     with Bandwidth has URLs under `https://api.catapult.inetwork.com/v1/users/{userId}/media/`;
             *     external `http://` or `https://` URLs (for example `http://customer-web-site.com/file.jpg`)
             *     are supported too. (Seed 002's list of valid URL forms is cut off after "Valid URLs are:";
             *     Bandwidth/ap-docs `getMessagesMessageId.md` and `getMessages.md` give the elided entry,
             *     `https://api.catapult.inetwork.com/v1/users/<user-id>/media/<media-name>`.) The documents add
             *     that a file name from an external URL's `Content-Disposition` header is "coming soon".
             */
            media?: string[];
            state: components["schemas"]["MessageState"];
            /**
             * @description The time the message resource was created: UTC, ISO 8601 (ap-docs). Every documented value is
             *     also an RFC 3339 date-time, but no format is enforced here (our choice): ISO 8601 allows forms
             *     RFC 3339 does not, and a receiver must not refuse what Bandwidth sends.
             */
            time: string;
            /**
             * Format: uri
             * @description The complete URL where the events related to the outgoing message are sent.
             */
            callbackUrl?: string;
            /**
             * @description How long the platform waits for the `callbackUrl`'s response before timing out, in
             *     milliseconds (sent with at most 10000, see `sendMessage`). A number, or the decimal string
             *     the send carried (postMessages.md's own examples send both; no document shows which the
             *     message resource echoes, so both are accepted).
             */
            callbackTimeout?: number | string;
            /**
             * Format: uri
             * @description The server URL the message events are sent to if the request to `callbackUrl` fails.
             */
            fallbackUrl?: string;
            /**
             * @description A string that is included in the callback events of the message. The message pages list it
             *     as a field, while Bandwidth/ap-docs `methods/messages/postMessages.md` says tags "do not
             *     persist beyond the request that defined the tag": it may be absent when you read a
             *     message.
             */
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
         * @description One name/value pair of an error's `details`. Values are strings, numbers included (the 429 sample
         *     of Bandwidth/ap-docs `rateLimits/resourceRateLimits.md` has `rateLimitResetTime` "1479308598680").
         */
        ApiErrorDetail: {
            /** @description The name of the detail, for example `requestPath`, `requestMethod` or `rateLimitResetTime`. */
            name?: string;
            /** @description Its value. */
            value?: string;
        };
        /**
         * ApiError
         * @description The error body of the Catapult v1 API, `{category, code, message, details}` (Bandwidth/ap-docs
         *     `errors.md` and the sample responses of `rateLimits/*.md` and `methods/messages/postMessages.md`).
         *     Only `category` and `code` are in every printed body: the 429 sample of
         *     `rateLimits/resourceRateLimits.md` has no `message`, so `message` may be absent. The body is open:
         *     the error resource of `methods/errors/getErrorsErrorId.md` adds `id`, `version`, `user` and `time`.
         */
        ApiError: {
            /**
             * @description The kind of error. `errors.md` groups its codes under these categories, each with its HTTP
             *     status: `bad-request` (400), `authorization` (401), `credit` (403), `limit` (403), `forbidden`
             *     (403), `not-found` (404), `conflict` (409), `too-many-requests` (429), `payment` (500),
             *     `backend` (500) and `unavailable` (503). The errors resource (`methods/errors/getErrors.md`)
             *     also names `authentication` ("Incorrect or disabled credentials"), which `errors.md` does
             *     not list and gives no status. `errors.md` writes them as headings (`BAD_REQUEST`,
             *     `TOO MANY REQUESTS`, ...); every printed response body writes them in lower case with hyphens
             *     (`bad-request`, `limit`, `too-many-requests`, `unavailable`), except the error resource of
             *     `methods/errors/getErrorsErrorId.md`, which shows `BAD_REQUEST`. The field is an open string:
             *     compare case-insensitively, and expect values the list does not name.
             * @example bad-request
             * @example limit
             */
            category: string;
            /**
             * @description The machine-readable error within the category, from the tables of `errors.md` and
             *     `rateLimits/messageRateLimits.md` (for example `blank-property`, `message-rate-limit`,
             *     `multi-message-limit`, `rate-limit-reached`, `message-not-found`, `media-not-found`). Several
             *     codes share one message text and one code has several texts, so match on the code. An open
             *     string: the tables are not complete.
             * @example blank-property
             * @example message-rate-limit
             */
            code: string;
            /** @description A human-readable explanation. Not in every body (see above). */
            message?: string;
            /**
             * @description Name/value pairs with more information, such as `requestMethod`, `requestPath`,
             *     `remoteAddress` or `rateLimitResetTime`; may be empty.
             */
            details?: components["schemas"]["ApiErrorDetail"][];
        };
        /**
         * CallbackHttpMethod
         * @description How the events of the message are sent to `callbackUrl` (the `messageEvent` webhook): `POST` with
         *     a JSON body (the default) or `GET` with the fields in the query string (Bandwidth/ap-docs
         *     `methods/messages/postMessages.md`, `apiCallbacks/messagingEvents.md`).
         *
         *     The spelling changed: the page said "Values are get or post" until October 2018 and "Values are
         *     GET or POST" since (ap-docs commit 6f858e64, 2018-10-04); Bandwidth/python-bandwidth's
         *     `send_message` still documents "get or post". Both spellings are accepted.
         * @default POST
         * @enum {string}
         */
        CallbackHttpMethod: "GET" | "POST" | "get" | "post";
        /**
         * CallbackTimeout
         * @description How long the platform waits for the response of `callbackUrl` (the `messageEvent` webhook) before
         *     timing out, in milliseconds: default 10000 (10 s), maximum 10000 (Bandwidth/ap-docs
         *     `methods/messages/postMessages.md`). The page states no minimum. Examples 6 and 7 of the page send
         *     it as the string `"2000"` in their curl and JavaScript samples and as the number `2000` in the C#
         *     and Ruby ones; Bandwidth/python-bandwidth's `send_message` documents it as a `str`, node-bandwidth's
         *     `Message.send` as a Number. Decision: both forms are accepted, because Bandwidth's own examples
         *     send both (a decimal string of at most 10000, with no sign, point or exponent); the number is the
         *     form to send, and the sandbox reads a string as its number.
         * @default 10000
         * @example 2000
         * @example 2000
         */
        CallbackTimeout: number | string;
        /**
         * SendMessageRequest
         * @description One message to send (Bandwidth/ap-docs `methods/messages/postMessages.md`, "Supported
         *     Parameters"). `from` must be one of your Bandwidth numbers.
         *
         *     `media` and `receiptRequested` cannot be sent in the same request ("Can not send `media` _and_
         *     `receiptRequested` in the same request"); the schema forbids the combination, whatever the
         *     value of `receiptRequested`.
         *
         *     The page marks `text` as mandatory, while its own MMS samples always send text and
         *     Bandwidth/python-bandwidth's `send_message` documents a picture message with `media` only and
         *     no `text`. The documents disagree, so `text` is not required here; send it to be safe.
         */
        SendMessageRequest: {
            /**
             * @description One of your telephone numbers the message should come from, in E.164 format (like
             *     `+19195551212`).
             * @example +19195551212
             */
            from: string;
            /**
             * @description The phone number the message should be sent to, in E.164 format (like `+19195551213`).
             * @example +19195551213
             */
            to: string;
            /**
             * @description The contents of the text message, at most 2048 characters. Messages longer than 160
             *     characters are split into segments and reassembled on the handset.
             */
            text?: string;
            /**
             * @description For MMS messages: media URLs to send with the message. Media stored with Bandwidth
             *     (`https://api.catapult.inetwork.com/v1/users/{userId}/media/{mediaName}`, see `uploadMedia`)
             *     or external `http://` / `https://` URLs; a SMIL file may control the presentation. The page
             *     also allows "a media url" (a single URL); the client always sends a list, as every example
             *     does. Cannot be combined with `receiptRequested`.
             */
            media?: string[];
            /**
             * @description Which delivery receipts are sent as callback events (`messageEvent` webhook): none (the
             *     default), all, or errors only. Cannot be combined with `media`.
             */
            receiptRequested?: components["schemas"]["ReceiptRequested"];
            /**
             * Format: uri
             * @description The server URL that the events of this outgoing message are sent to: the `messageEvent`
             *     webhook (JSON POST by default, GET when `callbackHttpMethod` is `GET`). Basic credentials
             *     may be written into the URL (`https://user:password@host/path`), the only callback
             *     authentication the documents describe.
             */
            callbackUrl?: string;
            callbackHttpMethod?: components["schemas"]["CallbackHttpMethod"];
            callbackTimeout?: components["schemas"]["CallbackTimeout"];
            /**
             * Format: uri
             * @description The server URL that the message events (`messageEvent` webhook) are sent to if the request
             *     to `callbackUrl` fails. The documents do not say what counts as failing.
             */
            fallbackUrl?: string;
            /**
             * @description Any string; it is included in the callback events of the message (`messageEvent`
             *     webhook). Per the page, tags "do not persist beyond the request that defined the tag".
             */
            tag?: string;
        };
        /**
         * SendMessageBatch
         * @description Several messages sent with one request: a JSON array whose items are single messages
         *     (Bandwidth/ap-docs `methods/messages/postMessages.md`, "To send multiple text messages with 1
         *     request"). At most 50 messages ("There is a maximum limit of 50 messages sent per multiple messages
         *     request"); the API answers a longer batch with `403`, category `limit`, code `multi-message-limit`
         *     (`rateLimits/messageRateLimits.md`). The messages are not sent as a group message.
         */
        SendMessageBatch: components["schemas"]["SendMessageRequest"][];
        /**
         * SendMessageAccepted
         * @description One message of a batch was accepted.
         */
        SendMessageAccepted: {
            /**
             * @description The message was accepted. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            result: "accepted";
            /**
             * Format: uri-reference
             * @description The URL of the message resource; its last path segment is the message ID. The documented
             *     batch example prints it absolute (`https://.../v1/users/.../messages/{messageId}`), the single
             *     send relative; resolve it against the request URL either way.
             */
            location: string;
        };
        /**
         * SendMessageRejected
         * @description One message of a batch was not accepted; the others may have been.
         */
        SendMessageRejected: {
            /**
             * @description The message was not accepted. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            result: "error";
            error: components["schemas"]["ApiError"];
        };
        /**
         * SendMessageResult
         * @description The result of one message of a batch, in the order of the request (Bandwidth/ap-docs
         *     `methods/messages/postMessages.md`, "Multiple Message Result Types"): `accepted` with the message's
         *     `location`, or `error` with the error of that message. (Bandwidth/node-bandwidth's `sendMultiple`
         *     renames `error` to `failed` on the client side; the wire value is `error`.)
         */
        SendMessageResult: components["schemas"]["SendMessageAccepted"] | components["schemas"]["SendMessageRejected"];
        /**
         * RedactMessageTextRequest
         * @description The only body `redactMessageText` accepts: exactly `{"text": ""}` (Bandwidth/ap-docs
         *     `methods/messages/redactMessageText.md`: "This request does not support updating text to anything
         *     other than the empty string", "Adding additional parameters to the request body will return a 400
         *     response code").
         */
        RedactMessageTextRequest: {
            /**
             * @description The empty string; any other value fails with `400`.
             * @constant
             */
            text: "";
        };
        /**
         * Media
         * @description One media file of the user, as `listMedia` lists it (Bandwidth/ap-docs `methods/media/getMedia.md`).
         *     The page does not mark fields as required; its example always has all three, so they are required
         *     here (our reading). The object is open: Bandwidth may add fields.
         */
        Media: {
            /**
             * @description The unique name of the media file; pass it as `mediaName` to `getMedia`, `uploadMedia` and `deleteMedia`.
             * @example file1.mp3
             */
            mediaName: string;
            /**
             * @description The size of the media file in bytes.
             * @example 561276
             */
            contentLength: number;
            /**
             * @description The URL to GET the media file from (with your API token and secret). It has the form of the
             *     Bandwidth media URLs of a message's `media`, so it can be sent there (our reading; the page
             *     does not say so). Not typed as a URL: the page's own first example prints it without a scheme
             *     (`api.catapult.inetwork.com/.../media/{mediaName1}`) while the others start with `https://`.
             * @example https://api.catapult.inetwork.com/v1/users/u-abc123/media/file1.mp3
             */
            content: string;
        };
        /**
         * SmsEvent
         * @description A callback event about an SMS: an incoming SMS (to the application's incoming message URL) or a
         *     state change or delivery receipt of an SMS you sent (to the message's `callbackUrl`). Fields
         *     from Bandwidth/ap-docs `apiCallbacks/sms.md` (POST) and `apiCallbacks/get-sms.md` (GET), plus
         *     `tag`, which `methods/messages/postMessages.md` says is included in the callback events of the
         *     message it was sent with.
         *
         *     The pages do not mark fields as required. Required here are the fields present in every
         *     documented SMS and MMS example (POST and GET); that is our reading, not a statement of the
         *     documents. Everything else may be absent: `applicationId` is missing from the documented outgoing
         *     event, the delivery fields appear only when `receiptRequested` asked for receipts, `text` is the
         *     message contents, and `segmentCount` was added to the documents in March 2019 (ap-docs commit
         *     0bfad63b), so older events lack it. The body is open: Bandwidth may add fields.
         */
        SmsEvent: {
            /**
             * @description The event type; `sms` for this event. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            eventType: "sms";
            direction: components["schemas"]["MessageDirection"];
            /**
             * @description The message sender's telephone number (or short code).
             * @example +13233326955
             */
            from: string;
            /**
             * @description The message recipient's telephone number (or short code).
             * @example +13865245000
             */
            to: string;
            /**
             * @description The unique ID of the message resource this event is about (the `messageId` of
             *     `getMessage`). Several events carry the same ID (one per state change or receipt).
             * @example m-asdf
             */
            messageId: string;
            /**
             * Format: uri
             * @description The full URL of the message resource.
             * @example https://api.catapult.inetwork.com/v1/users/u-123/messages/m-asdf
             */
            messageUri: string;
            /** @description The message's text contents. */
            text?: string;
            /**
             * @description The ID of the application associated with the phone number receiving an inbound message.
             *     Absent from the documented outgoing event.
             * @example a-yr3jpxasdfh5xh5e35saoi
             */
            applicationId?: string;
            /**
             * @description The time the message resource was created: UTC, ISO 8601 (ap-docs). Every documented value is
             *     also an RFC 3339 date-time, but no format is enforced here (our choice): ISO 8601 allows forms
             *     RFC 3339 does not, and a receiver must not refuse what Bandwidth sends.
             */
            time: string;
            state: components["schemas"]["MessageState"];
            deliveryState?: components["schemas"]["DeliveryState"];
            deliveryCode?: components["schemas"]["DeliveryCode"];
            /**
             * @description The message delivery description for the respective `deliveryCode`.
             * @example Message Delivered to Carrier
             */
            deliveryDescription?: string;
            /**
             * @description The number of segments the message was sent as. The field template of `apiCallbacks/sms.md`
             *     shows `"segmentCount": "integer"` (a type name) and every example a number.
             */
            segmentCount?: number;
            /**
             * @description The `tag` the message was sent with (`methods/messages/postMessages.md`: "It will be
             *     included in the callback events related to the sent message"). The callback pages
             *     themselves do not list it.
             */
            tag?: string;
        };
        /**
         * MmsEvent
         * @description A callback event about an MMS: an incoming MMS, or an event about an MMS you sent. Fields from
         *     Bandwidth/ap-docs `apiCallbacks/mms.md` (POST) and `apiCallbacks/get-mms.md` (GET), plus `tag`
         *     (`methods/messages/postMessages.md`).
         *
         *     The pages disagree on what MMS events exist: `mms.md` says "Events sent to your server for
         *     inbound and outbound MMS messages" and lists both directions, while `messagingEvents.md` and
         *     `get-mms.md` name incoming MMS only. `mms.md` lists `state` as `received` only, `get-mms.md`
         *     all five states. Both directions and all states are accepted here.
         *
         *     Required fields as for `SmsEvent`: those present in every documented example (our reading; the
         *     pages mark nothing as required). The body is open: Bandwidth may add fields.
         */
        MmsEvent: {
            /**
             * @description The event type; `mms` for this event. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            eventType: "mms";
            direction: components["schemas"]["MessageDirection"];
            /**
             * @description The message sender's telephone number (or short code).
             * @example +15035555555
             */
            from: string;
            /**
             * @description The message recipient's telephone number (or short code).
             * @example +12534483100
             */
            to: string;
            /**
             * @description The unique ID of the message resource this event is about (the `messageId` of
             *     `getMessage`).
             * @example m-dr4mcch2wfb6frcls677glq
             */
            messageId: string;
            /**
             * Format: uri
             * @description The full URL of the message resource.
             */
            messageUri: string;
            /** @description The message contents. */
            text?: string;
            /**
             * @description The ID of the application associated with the phone number receiving the inbound message.
             * @example a-rj7jf3fz7teaqupveqpug3i
             */
            applicationId?: string;
            /**
             * @description The time the message resource was created: UTC, ISO 8601 (ap-docs). Every documented value is
             *     also an RFC 3339 date-time, but no format is enforced here (our choice): ISO 8601 allows forms
             *     RFC 3339 does not, and a receiver must not refuse what Bandwidth sends.
             */
            time: string;
            state: components["schemas"]["MessageState"];
            /**
             * @description URLs of the media files of the MMS. Media Bandwidth stores for you lives under
             *     `https://api.catapult.inetwork.com/v1/users/{userId}/media/` and is read with your API
             *     token and secret (`getMedia`); the documented example includes a `.smil` presentation file
             *     next to the image.
             */
            media?: string[];
            deliveryState?: components["schemas"]["DeliveryState"];
            deliveryCode?: components["schemas"]["DeliveryCode"];
            /**
             * @description Human-readable description of the delivery status. Per `mms.md` the three delivery fields
             *     are "present only sometimes, to indicate certain errors".
             */
            deliveryDescription?: string;
            /** @description The number of segments the message was sent as; always `1` for MMS messages. */
            segmentCount?: number;
            /**
             * @description The `tag` the message was sent with (`methods/messages/postMessages.md`); the callback pages
             *     themselves do not list it.
             */
            tag?: string;
        };
        /**
         * MessageEvent
         * @description One messaging callback event of the Catapult v1 API: an `SmsEvent` or an `MmsEvent`, told apart
         *     by `eventType` (Bandwidth/ap-docs `apiCallbacks/messagingEvents.md`). A POST callback carries one
         *     event as a JSON object (not an array, unlike Messaging v2); a GET callback carries the same fields
         *     as query parameters.
         *
         *     Events have no ID of their own, and one message causes several (its state changes, then its
         *     delivery receipts). `x-dedupe-key` names the fields that together identify an event: `eventType`,
         *     `messageId`, `state`, `deliveryState` and `deliveryCode`. That these suffice is our reading of the
         *     field tables; the documents say nothing about duplicates or retries.
         */
        MessageEvent: components["schemas"]["SmsEvent"] | components["schemas"]["MmsEvent"];
    };
    responses: {
        /**
         * @description Bad Request: a query parameter is invalid. Category `bad-request` (Bandwidth/ap-docs `errors.md`,
         *     "400 – BAD_REQUEST"). The documents print no 400 body for this operation: the example is
         *     assembled from the table's `validation-error` / "Bad parameters" row, with no details.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "bad-request",
                 *       "code": "validation-error",
                 *       "message": "Bad parameters",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Unauthorized: the API token and secret may not act for this user or number (Bandwidth/ap-docs
         *     `errors.md`, "401 – AUTHORIZATION"), or, by our inference, they are missing or wrong. Send them
         *     with HTTP Basic authentication.
         *
         *     The documents print no body for missing or wrong credentials and give no status for them; the
         *     errors resource (`methods/errors/getErrors.md`) has a category `authentication` ("Incorrect or
         *     disabled credentials"), so expect that category as well as `authorization`. The only 401 section of
         *     `errors.md` is "401 – AUTHORIZATION" (codes `user-access-denied`, `number-access-denied`,
         *     `no-allocated-number`, `lnp-invalid-billing-number`); the example is assembled from its first
         *     row.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "authorization",
                 *       "code": "user-access-denied",
                 *       "message": "User u-abc123 does not have permission to access user u-def456",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Not Found: the user does not exist. Code `user-not-found` of Bandwidth/ap-docs `errors.md`
         *     ("404 – NOT_FOUND", "The user `${0}` could not be found"); the page prints no body, so the
         *     example is assembled from that row.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "not-found",
                 *       "code": "user-not-found",
                 *       "message": "The user u-abc123 could not be found",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Too Many Requests: the request rate limit of this endpoint is exceeded (Bandwidth/ap-docs
         *     `rateLimits/resourceRateLimits.md`; by default 1 request per 1000 ms for `/messages` and `/media`,
         *     "subject to change"). Wait until `X-RateLimit-Reset` (milliseconds since the Unix epoch) before
         *     trying again. Sending messages is limited differently and answers `403` (`sendMessage`).
         *
         *     The documents disagree on the code: the sample response of `resourceRateLimits.md` (the example
         *     here, as printed, including its `{{userId}}` placeholder) says `rate-limit-reached`, the table of
         *     `errors.md` says `too-many-requests`. The sample has no `message`.
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
                 *       "code": "rate-limit-reached",
                 *       "details": [
                 *         {
                 *           "name": "rateLimitResetTime",
                 *           "value": "1479308598680"
                 *         },
                 *         {
                 *           "name": "requestMethod",
                 *           "value": "GET"
                 *         },
                 *         {
                 *           "name": "remoteAddress",
                 *           "value": "0:0:0:0:0:0:0:1"
                 *         },
                 *         {
                 *           "name": "requestPath",
                 *           "value": "users/{{userId}}/account"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Bad Request: the message is invalid, or (`message-delay-limit`) your message queue is full
         *     (Bandwidth/ap-docs `rateLimits/messageRateLimits.md`, "Sample Delay Queue full Response", printed
         *     with `400 Bad Request`). The `blankProperty` example is the error the page
         *     `methods/messages/postMessages.md` shows for one item of a batch (Example 4); that a single send
         *     with the same fault answers it as a 400 is our inference.
         */
        SendMessageBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Forbidden. Sending is the one messaging operation whose rate limit answers `403`, not `429`
         *     (Bandwidth/ap-docs `rateLimits.md`): category `limit`, code `message-rate-limit`, when your burst
         *     rate or (without queueing) your per-number rate is exceeded. No `X-RateLimit-Reset` header is
         *     documented for it. Also category `limit`, code `multi-message-limit`, when a batch holds more
         *     than 50 messages (`methods/messages/postMessages.md`, `rateLimits/messageRateLimits.md`);
         *     category `credit` when the balance is insufficient; category `forbidden` for, among others,
         *     `message-from-toll-free`, `restricted-number`, `media-size-overflow`, `media-invalid-url` and
         *     `media-not-supported` (`errors.md`).
         *
         *     The documents disagree on the rate-limit code: `errors.md` and the sample response of
         *     `rateLimits/messageRateLimits.md` say `message-rate-limit`, while that page's table says
         *     `message-rate-limit-overall` and `message-rate-limit-per-tn`. Match on the category `limit`.
         */
        SendMessageForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Service Unavailable: category `unavailable` (Bandwidth/ap-docs `errors.md`, "503 – UNAVAILABLE"),
         *     for example `message-gateway-unavailable`. The message may have been sent anyway: "Check the state
         *     of your message to determine if it was successfully sent" before sending it again. The page prints
         *     no body; the example is assembled from that row.
         */
        SendMessageServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "unavailable",
                 *       "code": "message-gateway-unavailable",
                 *       "message": "The message gateway was temporarily unavailable. Check the state of your message m-xyz789 to determine if it was successfully sent",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Not Found: the user or the message does not exist. Code `message-not-found` of Bandwidth/ap-docs
         *     `errors.md` ("404 – NOT_FOUND", "The message `${0}` could not be found"); for an unknown user,
         *     `user-not-found`. The page prints no body, so the example is assembled from the row.
         */
        MessageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "not-found",
                 *       "code": "message-not-found",
                 *       "message": "The message m-xyz789 could not be found",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Bad Request: "The request was malformed and the text of the message has not been redacted"
         *     (Bandwidth/ap-docs `methods/messages/redactMessageText.md`): the body is not exactly
         *     `{"text": ""}`. The page prints no body; the example is assembled from the `validation-error` /
         *     "Bad parameters" row of `errors.md`.
         */
        RedactMessageBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "bad-request",
                 *       "code": "validation-error",
                 *       "message": "Bad parameters",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Not Found: the user or the media file does not exist. Code `media-not-found` of Bandwidth/ap-docs
         *     `errors.md` ("404 – NOT_FOUND", "The media resource named `${0}` could not be found"). The page
         *     prints no body, so the example is assembled from the row.
         */
        MediaNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "not-found",
                 *       "code": "media-not-found",
                 *       "message": "The media resource named file.mp3 could not be found",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Bad Request: the upload has no `Content-Length` header. The code and message are the `errors.md`
         *     row "The media size must be specified by the `${0}` header" (Bandwidth/ap-docs, "400 –
         *     BAD_REQUEST"), with `${0}` filled in; the page prints no body, so the example is assembled.
         */
        UploadMediaBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "bad-request",
                 *       "code": "validation-error",
                 *       "message": "The media size must be specified by the Content-Length header",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Forbidden: the file is larger than the maximum. Code `media-size-overflow` of Bandwidth/ap-docs
         *     `errors.md` ("403 – FORBIDDEN", "The media size `${0}` bytes is larger than the maximum `${1}`
         *     bytes"). The page prints no body: the example is assembled from the row, and its maximum is the
         *     contract's inferred 65 MiB (the media pages say "65MB" without a byte count).
         */
        UploadMediaForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "forbidden",
                 *       "code": "media-size-overflow",
                 *       "message": "The media size 70000000 bytes is larger than the maximum 68157440 bytes",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Not Found, as `errors.md` files it: besides an unknown user (`user-not-found`), Bandwidth/ap-docs
         *     `errors.md` lists `media-invalid-content-lenght` (sic) under "404 – NOT_FOUND": "The media source
         *     `${0}` header could not be parsed as a number", i.e. a `Content-Length` that is not a number. The
         *     page prints no body, so the example is assembled from that row.
         */
        UploadMediaNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "category": "not-found",
                 *       "code": "media-invalid-content-lenght",
                 *       "message": "The media source Content-Length header could not be parsed as a number",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: {
        /**
         * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
         *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
         *     format, so none is enforced.
         * @example u-abc123
         */
        userId: string;
        /**
         * @description The ID of the message, the last path segment of the `Location` header `sendMessage` answers. (The example value is ours; the documents write `{messageId}`.)
         * @example m-xyz789
         */
        messageId: string;
        /**
         * @description The name of the media file, unique per user (`mediaName` of `listMedia`), for example `file.mp3`.
         *     Uploading to a name that exists replaces the file (Bandwidth/ap-docs
         *     `methods/media/putMediaMediaName.md`, "Upload or Replace Media"). The documents give no rules for
         *     names; the client percent-encodes the name as one path segment.
         * @example file.mp3
         */
        mediaName: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The URL of the next page, as `<URL>; rel="next"` (Bandwidth/ap-docs
         *     `methods/messages/getMessages.md`: "the `link` header on the HTTP response will contain the URL to
         *     request the next page"). The URL carries `sortKeyLT`, the paging key, and in the page's example
         *     `size`; that it repeats every parameter of the search is our reading. Request it as is. Present as long as another page of messages exists; no `Link` header means
         *     this is the last page. The example is the page's, as printed.
         * @example <https://api.catapult.inetwork.com/v1/users/u-dkjf9094802375s/messages?sortKeyLT=1458576004287000989&size=1>; rel="next"
         */
        Link: string;
        /**
         * @description When the rate limit is cleared, as a Unix timestamp in milliseconds (Bandwidth/ap-docs
         *     `rateLimits/resourceRateLimits.md`: wait `X-RateLimit-Reset` minus the current time, in ms).
         *     Not seconds, and not a delay.
         * @example 1479308598680
         */
        XRateLimitReset: number;
        /**
         * @description The URL of the new message; its last path segment is the message ID (read it with `getMessage`).
         *     Relative as Bandwidth/ap-docs `methods/messages/postMessages.md` prints it
         *     (`Location: /v1/users/{userId}/messages/{messageId}`), so a URI reference: resolve it against the
         *     request URL.
         * @example /v1/users/u-abc123/messages/m-xyz789
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
                 * @description Only messages sent from this phone number, in E.164 format (like `+19195551212`). The page
                 *     says this filter does not support short codes "or any non-10-digit value".
                 * @example +19195551212
                 */
                from?: string;
                /**
                 * @description Only messages sent to this phone number, in E.164 format (like `+19195551212`). The page says
                 *     this filter does not support short codes "or any non-10-digit value".
                 * @example +19195551213
                 */
                to?: string;
                /**
                 * @description Only messages created at or after this time. Not an RFC 3339 date-time: the page asks for
                 *     `yyyy-MM-dd hh:mm:ss.sss` (like `2014-05-25 12:00:00.000`) and allows leaving out parts, like
                 *     `2014-05-25`, which are filled with zeros. (Bandwidth/node-bandwidth and python-bandwidth
                 *     document `yyyy-MM-dd hh:mm:ss` without milliseconds; the page's own Ruby sample passes
                 *     `2012-10-05T20:38:11.023Z`.) Kept an open string, since the documents do not define the
                 *     accepted forms exactly.
                 */
                fromDateTime?: string;
                /**
                 * @description Only messages created at or before this time, in the same form as `fromDateTime`
                 *     (`yyyy-MM-dd hh:mm:ss.sss`, parts may be left out). Example 3 of the page sends
                 *     `toDateTime=2012-10-05%2020:37:39`.
                 */
                toDateTime?: string;
                /**
                 * @description Only messages of this direction.
                 * @example out
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
                 * @description The order of the messages. Default `asc` per the parameter table, although the same page
                 *     says "Messages are returned newest first"; pass it when the order matters.
                 * @example desc
                 */
                sortOrder?: "asc" | "desc";
                /**
                 * @description The page requested, counting from 0. Listed (default 0) only in the field table of the
                 *     single-message page (seed 002), not by the list page, which pages by the `Link` header;
                 *     that the list takes it as a query parameter is our reading, and a server may ignore it.
                 * @example 0
                 */
                page?: number;
                /**
                 * @description The number of messages per page: default 25, at most 1000. The documents state no minimum;
                 *     at least 1 is our inference (a page of no messages cannot page).
                 * @example 25
                 */
                size?: number;
                /**
                 * @description The paging key of the next page. It is not set by hand: the `Link` header's `rel="next"`
                 *     URL carries it (in the page's example next to `size`); request that URL as is.
                 * @example 1458576004287000989
                 */
                sortKeyLT?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"] | components["schemas"]["SendMessageBatch"];
            };
        };
        responses: {
            /** @description Created (one message). `Location` is the URL of the new message; there is no body. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted (several messages). One result per message, in the order of the request. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResult"][];
                };
            };
            400: components["responses"]["SendMessageBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SendMessageForbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["SendMessageServiceUnavailable"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
                /**
                 * @description The ID of the message, the last path segment of the `Location` header `sendMessage` answers. (The example value is ours; the documents write `{messageId}`.)
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
            404: components["responses"]["MessageNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    redactMessageText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
                /**
                 * @description The ID of the message, the last path segment of the `Location` header `sendMessage` answers. (The example value is ours; the documents write `{messageId}`.)
                 * @example m-xyz789
                 */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedactMessageTextRequest"];
            };
        };
        responses: {
            /** @description OK. The request was valid and the text of the message has been redacted. No body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["RedactMessageBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["MessageNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. Every media file of the user, as a bare JSON array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Media"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
                /**
                 * @description The name of the media file, unique per user (`mediaName` of `listMedia`), for example `file.mp3`.
                 *     Uploading to a name that exists replaces the file (Bandwidth/ap-docs
                 *     `methods/media/putMediaMediaName.md`, "Upload or Replace Media"). The documents give no rules for
                 *     names; the client percent-encodes the name as one path segment.
                 * @example file.mp3
                 */
                mediaName: components["parameters"]["mediaName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description OK. The file's bytes, with its media type as `Content-Type`. (The example, `ID3`, the first
             *     bytes of an MP3 file, is ours: the page shows no content.)
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example ID3 */
                    "*/*": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["MediaNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    uploadMedia: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The size of the file in bytes. `fetch` and most HTTP clients set it from the body. At most
                 *     65MB: the media pages say "65MB" without saying whether that is 65,000,000 bytes or 65 MiB;
                 *     the larger reading, 68157440 bytes, is the maximum here (our inference), so that no file the
                 *     API accepts is refused. A larger file answers `403` `media-size-overflow`.
                 * @example 561276
                 */
                "Content-Length": number;
                /**
                 * @description Caching directives for the file ("Bandwidth API supports the `Cache-Control` header when you
                 *     upload files", `methods/media/media.md`). The pages do not say how it is used. (The example
                 *     value is ours, not from the documents.)
                 * @example no-cache
                 */
                "Cache-Control"?: string;
            };
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
                /**
                 * @description The name of the media file, unique per user (`mediaName` of `listMedia`), for example `file.mp3`.
                 *     Uploading to a name that exists replaces the file (Bandwidth/ap-docs
                 *     `methods/media/putMediaMediaName.md`, "Upload or Replace Media"). The documents give no rules for
                 *     names; the client percent-encodes the name as one path segment.
                 * @example file.mp3
                 */
                mediaName: components["parameters"]["mediaName"];
            };
            cookie?: never;
        };
        /**
         * @description The file's bytes, sent as they are (not JSON, not multipart). `Content-Type` says what they are,
         *     for example `audio/mpeg` as in the page's curl example.
         */
        requestBody: {
            content: {
                "*/*": unknown;
            };
        };
        responses: {
            /** @description OK. The file is stored. No body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["UploadMediaBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["UploadMediaForbidden"];
            404: components["responses"]["UploadMediaNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Catapult user ID. Every documented example has the form `u-…` (for example
                 *     `u-dkjf9094802375s` in Bandwidth/ap-docs `methods/messages/getMessages.md`); no document states a
                 *     format, so none is enforced.
                 * @example u-abc123
                 */
                userId: components["parameters"]["userId"];
                /**
                 * @description The name of the media file, unique per user (`mediaName` of `listMedia`), for example `file.mp3`.
                 *     Uploading to a name that exists replaces the file (Bandwidth/ap-docs
                 *     `methods/media/putMediaMediaName.md`, "Upload or Replace Media"). The documents give no rules for
                 *     names; the client percent-encodes the name as one path segment.
                 * @example file.mp3
                 */
                mediaName: components["parameters"]["mediaName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The file is deleted. No body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["MediaNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    receiveMessageEventGet: {
        parameters: {
            query: {
                /** @description The event type, `sms` or `mms`; it says which fields to expect (`SmsEvent`, `MmsEvent`). */
                eventType: "sms" | "mms";
                /** @description The direction of the message (`in` or `out`). */
                direction: components["schemas"]["MessageDirection"];
                /** @description The unique ID of the message resource this event is about. */
                messageId: string;
                /** @description The full URL of the message resource (percent-encoded in the query string). */
                messageUri: string;
                /** @description The message sender's telephone number (or short code); `+` travels as `%2B`. */
                from: string;
                /** @description The message recipient's telephone number (or short code). */
                to: string;
                /**
                 * @description The time the message resource was created: UTC, ISO 8601 (ap-docs). No format is enforced
                 *     (our choice): ISO 8601 allows forms RFC 3339 does not, and a receiver must not refuse what
                 *     Bandwidth sends.
                 */
                time: string;
                /** @description The message state. */
                state: components["schemas"]["MessageState"];
                /** @description The message contents. */
                text?: string;
                /**
                 * @description The application ID. The documented examples carry it although the field tables of
                 *     `get-sms.md` and `get-mms.md` do not list it.
                 */
                applicationId?: string;
                /** @description The number of segments the message was sent as. */
                segmentCount?: number;
                /**
                 * @description MMS only: "the full URLs of any media attached" (`get-mms.md`). The documented example is
                 *     not a standard OpenAPI serialisation of an array but one value holding a bracketed,
                 *     comma-and-space separated list, `[url1, url2]`, printed unencoded; it is modelled as that
                 *     one string. In the example below the page's placeholder `{full-url}` is replaced by
                 *     `https://api.catapult.inetwork.com/v1/users/u-123/media`.
                 */
                media?: string;
                /** @description Delivery receipts only (inferred as a query parameter; see the description). */
                deliveryState?: components["schemas"]["DeliveryState"];
                /** @description Delivery receipts only (inferred as a query parameter; see the description). */
                deliveryCode?: components["schemas"]["DeliveryCode"];
                /** @description Delivery receipts only (inferred as a query parameter; see the description). */
                deliveryDescription?: string;
                /** @description The `tag` the message was sent with (inferred as a query parameter; see the description). */
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The event was received (our reading, as for `receiveMessageEventPost`). For incoming
             *     messages `messagingEvents.md` says GET is "for use with BXML", but no messaging BXML answer
             *     is documented in the pages this contract is written from.
             */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your server refused the event, for example `401` for missing or wrong credentials; as for
             *     `receiveMessageEventPost`, what Bandwidth does then is not documented beyond `fallbackUrl`.
             */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receiveMessageEventPost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `BandwidthAPI/v1 ({CURRENT_BUILD_TIMESTAMP})` in the examples of `apiCallbacks/sms.md`
                 *     (the placeholder as printed). Informational; do not authenticate by it.
                 * @example BandwidthAPI/v1 ({CURRENT_BUILD_TIMESTAMP})
                 */
                "User-Agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description One event as a JSON object, `Content-Type: application/json; charset=utf-8`. The pages'
         *     "Example JSON" blocks are field-type templates, not events (`"time": "date"`,
         *     `"segmentCount": "integer"`, and in `mms.md` a stray `: :` that is not valid JSON), so they
         *     are not examples here; they are the source of the string form of `deliveryCode`.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageEvent"];
            };
        };
        responses: {
            /**
             * @description The event was received. The documents do not say which answer Bandwidth expects; that a
             *     2xx answer within `callbackTimeout` counts as success is our reading of "wait for
             *     callbackUrl's response before timing out" and "if the request to callbackUrl fails".
             *     No response body is documented.
             */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your server refused the event, for example `401` when the credentials of the callback URL
             *     are missing or wrong. That Bandwidth then treats the request as failed (and tries
             *     `fallbackUrl`, if given) is our reading; the documents do not say, and they document no
             *     retry.
             */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
