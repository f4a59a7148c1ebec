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
                 * @description The secure identifier of the Property whose SMS messages to search, or to send from. The
                 *     documents give no PropertySid value; the example is illustrative, not from a document.
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
         * @description Send or schedule an SMS message from the property, from an E.164, alphanumeric or leased
         *     sender ID (helpdesk page "REST API – Send SMS", also at fonedynamics.com/docs/rest-api/send-sms;
         *     fonedynamics-csharp and fonedynamics-java `MessageResource.Send`). The answer is the new
         *     message resource, wrapped as `{"Message": {...}}` (the SDKs' `MessageResponse`); its
         *     `Direction` is `Transmit`. `WebhookUri` and `DeliveryReceiptWebhookUri` make Fone Dynamics call
         *     the webhooks `messageReceived` and `messageDeliveryReceiptReceived` for this message.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/Properties/{PropertySid}/BatchMessages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The secure identifier of the Property whose SMS messages to search, or to send from. The
                 *     documents give no PropertySid value; the example is illustrative, not from a document.
                 * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
                 */
                PropertySid: components["parameters"]["PropertySid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an SMS Batch
         * @description Send or schedule several SMS messages in one request, each to any destination and from an
         *     E.164, alphanumeric or leased sender ID (helpdesk page "REST API – Send SMS Batch", also at
         *     fonedynamics.com/docs/rest-api/send-sms-batch; fonedynamics-csharp and fonedynamics-java
         *     `MessageResource.Send(IEnumerable)` / `BatchMessageResource.send`). The body is
         *     `{"Messages": [...]}`, each item taking the fields of `sendMessage`; the page says this request
         *     only supports JSON. No limit on the number of messages is documented.
         *
         *     Each message succeeds or fails on its own. The answer is a bare JSON array (not wrapped in an
         *     object), one item per message (the SDKs read it as a list of `BatchMessageResource`): a sent
         *     message is a message resource with its `MessageSid`; a failed one has no `MessageSid` but an
         *     `ErrorCode` and a `Message`. A request that fails as a whole answers an error status with the
         *     `ResponseStatus` body, as the SDKs expect.
         *
         *     The success status is `200` here like `sendMessage`'s; the SDKs accept any `2xx` (inferred).
         */
        post: operations["sendMessageBatch"];
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
         * @description Fetch one SMS message, sent or received, by its secure identifier (helpdesk page "REST API –
         *     Retrieve SMS Message", also at fonedynamics.com/docs/rest-api/get-sms; fonedynamics-csharp and
         *     fonedynamics-java `MessageResource.Get`). The page's message resource table adds `ExternalId`
         *     to the search page's fields.
         *
         *     The documents disagree on the answer's shape: the page says the 200 carries "a JSON formatted
         *     Message Resource instance", and the part of its example we could read appears to list the
         *     message fields at the top level, while both SDKs read the answer as `{"Message": {...}}`
         *     (`MessageResponse`). Both shapes are documented, so the answer accepts both: the SDKs'
         *     envelope, and the page's bare message resource (told apart by a top-level `MessageSid`,
         *     which a message resource always has). The sandbox answers the SDKs' envelope, as `sendMessage`
         *     does. `messageOf(body)` of the client package reads the message from either.
         *
         *     The page's message resource table also says `Direction` is "as a response to this request
         *     always Transmit", although the page is about sent or received messages; both values are
         *     accepted.
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
export interface webhooks {
    messageReceived: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Message.Received (GET)
         * @description An SMS came in, as a reply to a message sent with a `WebhookUri` whose `WebhookMethod` is
         *     `GET`: the parameters come in the query string, percent-encoded (so `+` in a phone number
         *     arrives as `%2B`). Inferred: the article says only that webhooks can be received by GET, and
         *     a GET has nowhere else to carry them; it shows no request.
         *
         *     Documented by the helpdesk article "REST API – Messaging Webhooks" (the same text is at
         *     fonedynamics.com/docs/rest-api/sms-webhooks): messaging webhooks are HTTP callbacks to URIs
         *     you define, received by GET or POST; this event is "Fired when an incoming message is received". The article lists eight string
         *     parameters present in every request: `Action` (`Webhook`), `Event`, `Account.Sid`,
         *     `Property.Sid`, `Message.Sid`, `Message.From`, `Message.To` and `Message.Text`.
         *
         *     The URI and the method are chosen per message when sending: `WebhookUri` and `WebhookMethod` (`POST`
         *     by default) in `SendMessageRequest` (fonedynamics-csharp and fonedynamics-java
         *     `MessageResource`; the send pages say leased sender IDs let you forward
         *     responses and delivery receipts to a webhook URI per message).
         *
         *     Not documented, so not promised here: authentication (no signature, header or credentials is
         *     documented, hence `security: []`), retries and their schedule,
         *     ordering, a time limit for the answer, and the expected answer itself.
         */
        get: operations["messageReceivedGet"];
        put?: never;
        /**
         * Message.Received (POST)
         * @description An SMS came in, as a reply to a message sent with a `WebhookUri` whose `WebhookMethod` is
         *     `POST` (the default).
         *
         *     Documented by the helpdesk article "REST API – Messaging Webhooks" (the same text is at
         *     fonedynamics.com/docs/rest-api/sms-webhooks): messaging webhooks are HTTP callbacks to URIs
         *     you define, received by GET or POST; this event is "Fired when an incoming message is received". The article lists eight string
         *     parameters present in every request: `Action` (`Webhook`), `Event`, `Account.Sid`,
         *     `Property.Sid`, `Message.Sid`, `Message.From`, `Message.To` and `Message.Text`.
         *
         *     The URI and the method are chosen per message when sending: `WebhookUri` and `WebhookMethod` (`POST`
         *     by default) in `SendMessageRequest` (fonedynamics-csharp and fonedynamics-java
         *     `MessageResource`; the send pages say leased sender IDs let you forward
         *     responses and delivery receipts to a webhook URI per message).
         *
         *     Not documented, so not promised here: authentication (no signature, header or credentials is
         *     documented, hence `security: []`), retries and their schedule,
         *     ordering, a time limit for the answer, and the expected answer itself.
         *
         *     The encoding of the POST body is not documented. This contract accepts
         *     `application/x-www-form-urlencoded` (inferred: the parameters are a flat list of dotted names,
         *     exactly as the GET variant sends them in its query string) and `application/json` with the
         *     same flat keys (inferred, less likely: the batch-send page's remark that that request "only
         *     supports JSON formatted parameters" suggests the API's other requests take parameters both as
         *     form fields and as JSON, so Fone Dynamics may use either). Both are our reading, not Fone
         *     Dynamics' statement; a receiver should accept both, and the GET query string.
         */
        post: operations["messageReceivedPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    messageDeliveryReceiptReceived: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Message.DeliveryReceiptReceived (GET)
         * @description A delivery receipt arrived for a message sent with `DeliveryReceipt: true` and a
         *     `DeliveryReceiptWebhookUri` whose `DeliveryReceiptWebhookMethod` is `GET`: the parameters
         *     come in the query string, percent-encoded (so `+` in a phone number arrives as `%2B`).
         *     Inferred: the article says only that webhooks can be received by GET, and a GET has nowhere
         *     else to carry them; it shows no request.
         *
         *     Documented by the helpdesk article "REST API – Messaging Webhooks" (the same text is at
         *     fonedynamics.com/docs/rest-api/sms-webhooks): messaging webhooks are HTTP callbacks to URIs
         *     you define, received by GET or POST; this event is "Fired when a delivery receipt is received". The article lists eight string
         *     parameters present in every request: `Action` (`Webhook`), `Event`, `Account.Sid`,
         *     `Property.Sid`, `Message.Sid`, `Message.From`, `Message.To` and `Message.Text`.
         *
         *     The URI and the method are chosen per message when sending: `DeliveryReceiptWebhookUri` and `DeliveryReceiptWebhookMethod` (`POST`
         *     by default) in `SendMessageRequest` (fonedynamics-csharp and fonedynamics-java
         *     `MessageResource`; the send pages say leased sender IDs let you forward
         *     responses and delivery receipts to a webhook URI per message). The SDKs add that `DeliveryReceipt` must be true for this webhook to be triggered. The receipt carries no status: fetch the message (`GET /v2/Messages/{MessageSid}`) for its `Status` (inferred).
         *
         *     Not documented, so not promised here: authentication (no signature, header or credentials is
         *     documented, hence `security: []`), retries and their schedule,
         *     ordering, a time limit for the answer, and the expected answer itself.
         */
        get: operations["messageDeliveryReceiptReceivedGet"];
        put?: never;
        /**
         * Message.DeliveryReceiptReceived (POST)
         * @description A delivery receipt arrived for a message sent with `DeliveryReceipt: true` and a
         *     `DeliveryReceiptWebhookUri` whose `DeliveryReceiptWebhookMethod` is `POST` (the default).
         *
         *     Documented by the helpdesk article "REST API – Messaging Webhooks" (the same text is at
         *     fonedynamics.com/docs/rest-api/sms-webhooks): messaging webhooks are HTTP callbacks to URIs
         *     you define, received by GET or POST; this event is "Fired when a delivery receipt is received". The article lists eight string
         *     parameters present in every request: `Action` (`Webhook`), `Event`, `Account.Sid`,
         *     `Property.Sid`, `Message.Sid`, `Message.From`, `Message.To` and `Message.Text`.
         *
         *     The URI and the method are chosen per message when sending: `DeliveryReceiptWebhookUri` and `DeliveryReceiptWebhookMethod` (`POST`
         *     by default) in `SendMessageRequest` (fonedynamics-csharp and fonedynamics-java
         *     `MessageResource`; the send pages say leased sender IDs let you forward
         *     responses and delivery receipts to a webhook URI per message). The SDKs add that `DeliveryReceipt` must be true for this webhook to be triggered. The receipt carries no status: fetch the message (`GET /v2/Messages/{MessageSid}`) for its `Status` (inferred).
         *
         *     Not documented, so not promised here: authentication (no signature, header or credentials is
         *     documented, hence `security: []`), retries and their schedule,
         *     ordering, a time limit for the answer, and the expected answer itself.
         *
         *     The encoding of the POST body is not documented. This contract accepts
         *     `application/x-www-form-urlencoded` (inferred: the parameters are a flat list of dotted names,
         *     exactly as the GET variant sends them in its query string) and `application/json` with the
         *     same flat keys (inferred, less likely: the batch-send page's remark that that request "only
         *     supports JSON formatted parameters" suggests the API's other requests take parameters both as
         *     form fields and as JSON, so Fone Dynamics may use either). Both are our reading, not Fone
         *     Dynamics' statement; a receiver should accept both, and the GET query string.
         */
        post: operations["messageDeliveryReceiptReceivedPost"];
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
         * @description Seconds since the Unix epoch, UTC (the documents' "timestamp" type); `null` when the event has
         *     not happened (or does not apply): the timestamps are nullable (both SDKs read them as nullable
         *     longs), though the documents' examples leave such fields out instead. No lower bound is
         *     documented; `minimum: 0` is our reading (inferred: no instant before the epoch).
         */
        EpochSeconds: number | null;
        /**
         * MessageFields
         * @description The fields of a message resource other than `MessageSid`, shared by `MessageResource` (where
         *     `MessageSid` is required) and `BatchMessageResult` (where a failed item's `MessageSid` is absent
         *     or `null`). Sources as for `MessageResource`.
         */
        MessageFields: {
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
            /**
             * @description A user-defined identifier provided when sending the message (helpdesk page "REST API –
             *     Retrieve SMS Message", which lists it as a string). Neither the search page nor the SDKs
             *     mention it. Since it is "provided when sending", the send request probably has a field for
             *     it (inferred), but neither SDK names one and the part of the send pages we could read (up
             *     to `Schedule`) does not either, so `SendMessageRequest` offers none (a known gap). `null` is
             *     accepted for a message sent without one (inferred, like the other optional fields).
             */
            ExternalId?: string | null;
        };
        /**
         * MessageResource
         * @description One SMS message: the "Message Resource Parameters" of the search page (Fone Dynamics helpdesk
         *     "REST API – Search SMS Messages") and of the helpdesk page "REST API – Retrieve SMS Message"
         *     (which adds `ExternalId`), matching fonedynamics-csharp and fonedynamics-java `MessageResource`.
         *     The search example leaves out `AccountSid`, `PropertySid` and the timestamps that did not happen
         *     yet, so those are not required. `MessageSid` is: every documented answer that carries a message
         *     has it, and the SDKs fetch a message by it (inferred from the documented answers, as no page
         *     marks fields required).
         */
        MessageResource: {
            /** @description The message secure identifier which uniquely identifies the message. */
            MessageSid: string;
        } & components["schemas"]["MessageFields"];
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
         * @description The error body of the Fone Dynamics REST API: `{"ResponseStatus": {"ErrorCode", "Message"}}`.
         *     The shape is the one fonedynamics-csharp (`Errors/ErrorResponse`, `Errors/ResponseStatus`) and
         *     fonedynamics-java (`ErrorResponse`, `ResponseStatus`) read from every non-`2xx` answer. The
         *     documents' "400 - Error" sections point to a separate "REST API Error Codes" page for the codes
         *     and messages; that page was not found in the public copies we could search, so no code is
         *     known and `ErrorCode` is an open string. fonedynamics-java also copes with an error answer that is not JSON at all (for
         *     instance a `500` page from the web server itself), so a client must not assume this body is
         *     always present.
         */
        ErrorResponse: {
            ResponseStatus: {
                /**
                 * @description The error code (the SDKs: "the error code associated with the response status"). The list
                 *     of codes is not public, so any string may come; match on the HTTP status, not on a code.
                 */
                ErrorCode: string;
                /** @description The message associated with the error code, for humans. */
                Message: string;
            };
        };
        /**
         * WebhookMethod
         * @description The HTTP method Fone Dynamics uses to call a webhook URI. The send pages and both official SDKs
         *     say the valid options are POST and GET and that POST is the default. The pages write them in
         *     capitals; fonedynamics-csharp (`WebhookMethod` with Newtonsoft's `StringEnumConverter`) and
         *     fonedynamics-java (`WebhookMethod`, serialized by Gson) send `Post` and `Get`. That the server
         *     accepts what its own SDKs send is our reading (inferred), so both spellings are valid here;
         *     whether it accepts other casings is not documented.
         * @default POST
         * @enum {string}
         */
        WebhookMethod: "POST" | "GET" | "Post" | "Get";
        /**
         * SendMessageRequest
         * @description An SMS message to send from the property, alone (`sendMessage`) or as one item of a batch
         *     (`sendMessageBatch`). Sources: the helpdesk pages "REST API – Send SMS" and "REST API – Send SMS
         *     Batch" (also at fonedynamics.com/docs/rest-api/send-sms and …/send-sms-batch), which list
         *     `From`, `To` and `Text` as the resource parameters and `Schedule` first among the optional
         *     ones; and the official SDKs fonedynamics-csharp and fonedynamics-java, whose `MessageResource`
         *     (serialized as the request body, nulls left out) names every optional field below. `To` and
         *     `Text` are required; `From` may be blank or left out.
         */
        SendMessageRequest: {
            /**
             * @description The sender ID: a mobile number in E.164 format with the `+` prefix, an alphanumeric sender
             *     ID, or blank (`""`) or left out to send from a leased number (send pages; the SDKs say null
             *     or empty). Leased sender IDs are assigned automatically, unique to the recipient and valid
             *     for 30 days, at most 5 leases to one recipient at a time; responses to them can be forwarded
             *     per message (`WebhookUri`, `ForwardToSms`, `ForwardToEmail`).
             *
             *     Alphanumeric sender IDs (send pages): 1 to 11 characters, only `A-Z`, `a-z`, `0-9` and
             *     spaces, at least one letter. They are not supported everywhere (notably not in the US and
             *     Canada); where the recipient's operator does not support them, a leased sender ID is used
             *     instead. The E.164 form (`+` then at most 15 digits, the first not 0) is the ITU-T E.164
             *     rule the pages refer to; the pages state no length or digit rule of their own, so that part
             *     of the pattern is our reading (inferred from E.164).
             */
            From?: string;
            /**
             * @description The recipient, in E.164 format with the `+` prefix (send pages). No pattern is enforced;
             *     `minLength: 1` is our reading (inferred from the documented E.164 format, which cannot be
             *     empty), not a documented rule.
             */
            To: string;
            /**
             * @description The content of the SMS message (send pages). No length limit is documented; a message
             *     longer than one SMS is sent in segments (`NumSegments`; inferred from that field). Requiring
             *     at least one character is our reading (inferred), not a documented rule.
             */
            Text: string;
            /**
             * @description When to send the message, in seconds since the Unix epoch (UTC); left out, the message is
             *     sent at once (inferred: the field is optional and the pages give no default). At most
             *     14 days in the future. A time in the past makes the request fail, unless it is
             *     less than 1 hour in the past: then the message is sent immediately (send pages; fonedynamics-csharp and
             *     fonedynamics-java `MessageResource.Schedule`). Both limits depend on the time of sending, so
             *     the schema cannot check them; `minimum: 0` (no time before the epoch) is our reading. The
             *     message resource reports the time as `Scheduled`.
             */
            Schedule?: number;
            /**
             * @description Request a delivery receipt (SDKs: "Whether to request a delivery receipt"). It must be true
             *     for `DeliveryReceiptWebhookUri` to be called (webhook `messageDeliveryReceiptReceived`); the
             *     `Delivered` status is reported only when receipts are activated (seed 003). Both SDKs send
             *     `true` unless told otherwise; the API's own default when it is left out is not documented.
             */
            DeliveryReceipt?: boolean;
            /**
             * Format: uri
             * @description The URI to call when a delivery receipt for this message arrives: triggers the webhook
             *     `messageDeliveryReceiptReceived` (event `Message.DeliveryReceiptReceived`). `DeliveryReceipt`
             *     must be true for it to be called (fonedynamics-csharp and fonedynamics-java).
             */
            DeliveryReceiptWebhookUri?: string;
            /**
             * @description The HTTP method of the `messageDeliveryReceiptReceived` webhook for this message: `POST` (the
             *     default) or `GET` (fonedynamics-csharp and fonedynamics-java).
             */
            DeliveryReceiptWebhookMethod?: components["schemas"]["WebhookMethod"];
            /**
             * Format: uri
             * @description The URI to call when a response (a reply SMS) to this message is received: triggers the
             *     webhook `messageReceived` (event `Message.Received`) (fonedynamics-csharp and
             *     fonedynamics-java; the send pages tie per-message response options to leased sender IDs).
             */
            WebhookUri?: string;
            /**
             * @description The HTTP method of the `messageReceived` webhook for this message: `POST` (the default) or
             *     `GET` (fonedynamics-csharp and fonedynamics-java).
             */
            WebhookMethod?: components["schemas"]["WebhookMethod"];
            /** @description When a response is received, forward it by SMS to this number, in E.164 format (fonedynamics-csharp and fonedynamics-java). */
            ForwardToSms?: string;
            /**
             * @description When forwarding by SMS, send from this E.164 number or alphanumeric sender ID; by default the
             *     sender ID is that of the party who responded (fonedynamics-csharp and fonedynamics-java).
             */
            ForwardFromSms?: string;
            /**
             * Format: email
             * @description When a response is received, forward it by email to this address (fonedynamics-csharp and fonedynamics-java).
             */
            ForwardToEmail?: string;
            /**
             * Format: email
             * @description When forwarding by email, send from this address; by default a "no reply" address (fonedynamics-csharp and fonedynamics-java).
             */
            ForwardFromEmail?: string;
        };
        /**
         * MessageEnvelope
         * @description One message, as sending and fetching answer it.
         */
        MessageEnvelope: {
            Message: components["schemas"]["MessageResource"];
        };
        /**
         * BatchMessageRequest
         * @description A batch of SMS messages to send at once: `{"Messages": [...]}`, each item a message as
         *     `sendMessage` takes it (helpdesk page "REST API – Send SMS Batch", also at
         *     fonedynamics.com/docs/rest-api/send-sms-batch; fonedynamics-csharp and fonedynamics-java
         *     `BatchMessageRequest`). The page says the request only supports JSON. No limit on the number
         *     of messages is documented, so the schema sets none; an empty batch is not documented either.
         */
        BatchMessageRequest: {
            /** @description The messages to send, each with its own sender, recipient, text and options. */
            Messages: components["schemas"]["SendMessageRequest"][];
        };
        /**
         * BatchMessageResult
         * @description The outcome of one message of a batch, in the order of the request (inferred: the SDKs' README
         *     examples number the results like the messages sent). Each message of a batch succeeds or fails
         *     on its own (fonedynamics-csharp and fonedynamics-java `BatchMessageResource`, a message resource
         *     plus `Message`):
         *
         *     - sent: a message resource with its `MessageSid`;
         *     - failed: no `MessageSid`, or `MessageSid: null`, and `ErrorCode` and `Message` say why.
         *
         *     The SDKs decide success by `MessageSid` being non-null (`Successful`: C# and Java test
         *     `MessageSid != null`, and their JSON readers give a JSON `null` and an absent key the same
         *     value), so a server may send either for a failed item, and both are accepted. That is the test a
         *     client should use (`isSentBatchMessage`). Which other message fields a failed item carries is
         *     not documented.
         */
        BatchMessageResult: components["schemas"]["MessageFields"] & {
            /** @description The sent message's secure identifier; absent or `null` on a failed item. */
            MessageSid?: string | null;
            /**
             * @description On a failed item, the error message that goes with `ErrorCode` (the SDKs' `ErrorMessage`,
             *     read from the JSON key `Message`). Absent or `null` on a sent item (inferred).
             */
            Message?: string | null;
        };
        /**
         * MessageReceivedWebhook
         * @description The parameters of a `Message.Received` webhook: an SMS came in (helpdesk article "REST API –
         *     Messaging Webhooks", also published as fonedynamics.com/docs/rest-api/sms-webhooks), in reply
         *     to a message the property sent with a `WebhookUri` (fonedynamics-csharp and fonedynamics-java:
         *     the URI invoked when a response is received; no other way to set the URI, such as a
         *     per-property setting, is documented). The article lists four common
         *     parameters "present in every request" and four message parameters "present in every incoming
         *     SMS or delivery receipt", all of type string; all eight are therefore required. The article
         *     states no other parameter, no length rule and no example; the formats it describes (E.164 with
         *     a `+` prefix for `Message.To`, alphanumeric or E.164 for `Message.From`) are not enforced
         *     here, so that a receiver does not reject a callback over them. Further parameters a real
         *     server may add are accepted.
         *
         *     Deliveries are not documented as exactly-once (retries are not documented at all), so a
         *     receiver should treat (`Event`, `Message.Sid`) as the event's identity and ignore repeats
         *     (inferred).
         */
        MessageReceivedWebhook: {
            /**
             * @description Always `Webhook` (the article's common parameters).
             * @enum {string}
             */
            Action: "Webhook";
            /**
             * @description The event's name, as in the article's event table; for this webhook always `Message.Received`.
             * @enum {string}
             */
            Event: "Message.Received";
            /** @description The secure identifier of the account the message belongs to. */
            "Account.Sid": string;
            /** @description The secure identifier of the property the message belongs to. */
            "Property.Sid": string;
            /**
             * @description The secure identifier of the incoming message; `GET /v2/Messages/{MessageSid}` fetches it
             *     (inferred from the name: the article only calls it "the secure identifier of the message").
             */
            "Message.Sid": string;
            /** @description The sender ID of whoever sent the incoming message, alphanumeric or E.164 with a `+` prefix. */
            "Message.From": string;
            /** @description The recipient of the incoming message, in E.164 format with a `+` prefix. */
            "Message.To": string;
            /** @description The text of the incoming message. */
            "Message.Text": string;
        };
        /**
         * MessageDeliveryReceiptReceivedWebhook
         * @description The parameters of a `Message.DeliveryReceiptReceived` webhook: a delivery receipt arrived for a
         *     message the property sent with `DeliveryReceipt: true` and a `DeliveryReceiptWebhookUri`
         *     (helpdesk article "REST API – Messaging Webhooks", also published as
         *     fonedynamics.com/docs/rest-api/sms-webhooks; the send fields from fonedynamics-csharp and
         *     fonedynamics-java `MessageResource`). The same eight string parameters as `Message.Received`,
         *     all required; further parameters a real server may add are accepted.
         *
         *     The article gives the receipt no status, error code or timestamp parameter: it does not say
         *     whether the message was delivered or failed. Fetching the message
         *     (`GET /v2/Messages/{MessageSid}` with `Message.Sid`) gives its `Status` and `Delivered` time
         *     (inferred: the article does not say so).
         *
         *     Deliveries are not documented as exactly-once (retries are not documented at all), so a
         *     receiver should treat (`Event`, `Message.Sid`) as the event's identity and ignore repeats
         *     (inferred; the documents do not say whether one message can get more than one receipt).
         */
        MessageDeliveryReceiptReceivedWebhook: {
            /**
             * @description Always `Webhook` (the article's common parameters).
             * @enum {string}
             */
            Action: "Webhook";
            /**
             * @description The event's name, as in the article's event table; for this webhook always `Message.DeliveryReceiptReceived`.
             * @enum {string}
             */
            Event: "Message.DeliveryReceiptReceived";
            /** @description The secure identifier of the account the message belongs to. */
            "Account.Sid": string;
            /** @description The secure identifier of the property the message belongs to. */
            "Property.Sid": string;
            /**
             * @description The secure identifier of the message the receipt is for: the message the property sent
             *     (inferred: the article only calls it "the secure identifier of the message", and says
             *     `Message.Text` is the text of "the original message that was sent").
             */
            "Message.Sid": string;
            /**
             * @description The sender ID of the message, alphanumeric or E.164 with a `+` prefix (the article's
             *     wording, "the sender of the message"; for a receipt, the sender ID the sent message went out
             *     with, inferred: the article does not say which party it is for a receipt).
             */
            "Message.From": string;
            /** @description The recipient of the message, in E.164 format with a `+` prefix. */
            "Message.To": string;
            /** @description The text of the original message that was sent (the article says so for delivery receipts). */
            "Message.Text": string;
        };
    };
    responses: {
        /**
         * @description Bad Request: a parameter or the body is missing or invalid. The documents' "400 - Error"
         *     refers to a separate "REST API Error Codes" page for the codes and messages, which was not
         *     found; `ErrorCode` is therefore an open string.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Unauthorized: missing or wrong AccountSid and Token. The status is the HTTP one for failed Basic
         *     authentication; the search page (seed 003) lists only "400 - Error" and the SDKs read every non-`2xx`
         *     answer as this body (inferred).
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Forbidden: for example an account or property that is not enabled for SMS (the documents say
         *     both must be enabled). The status is our reading: the search page (seed 003) lists only "400 - Error", and
         *     the SDKs read every non-`2xx` answer as this body.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Not Found: no such property or message. The status is our reading: the search page (seed 003) lists
         *     only "400 - Error", and the SDKs read every non-`2xx` answer as this body.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
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
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Internal Server Error. The status is our reading (the search page, seed 003, lists only "400 - Error").
         *     fonedynamics-java notes that such an answer may come from the web server itself and not be JSON;
         *     when it is JSON it has this shape.
         */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Your endpoint's answer when it accepts the webhook. The documents state no expected status,
         *     body or time limit; a `2xx` with an empty body is the usual way to acknowledge an HTTP callback
         *     (inferred). What Fone Dynamics does with the answer (for example whether it retries on another
         *     status, or after a timeout) is not documented.
         */
        WebhookAcknowledged: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Your endpoint's answer to a request that is not a valid webhook (a parameter missing, or an
         *     unknown `Action` or `Event`). This is the receiver's own choice, not documented by Fone
         *     Dynamics, which does not say what it does with a non-`2xx` answer (retries are not documented).
         */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description The secure identifier of the Property whose SMS messages to search, or to send from. The
         *     documents give no PropertySid value; the example is illustrative, not from a document.
         * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
         */
        PropertySid: string;
        /**
         * @description The secure identifier of the message (`MessageSid`). The document's examples are 32 uppercase
         *     letters and digits; it states no format, so none is enforced.
         * @example MJGPVTNSWHJ35HGQTGABFE27TXFSSUZI
         */
        MessageSid: string;
        /**
         * @description Always `Webhook` (helpdesk article "REST API – Messaging Webhooks", common parameters).
         * @example Webhook
         */
        WebhookAction: "Webhook";
        /**
         * @description The secure identifier of the account the message belongs to (helpdesk article "REST API –
         *     Messaging Webhooks"). The example is illustrative, not from a document.
         * @example AC6GVQOX3FXZ5WNSYG5K4V3DT2Q7HJRM
         */
        WebhookAccountSid: string;
        /**
         * @description The secure identifier of the property the message belongs to (helpdesk article "REST API –
         *     Messaging Webhooks"). The example is illustrative, not from a document.
         * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
         */
        WebhookPropertySid: string;
        /**
         * @description The secure identifier of the message (helpdesk article "REST API – Messaging Webhooks"): the
         *     incoming message for `Message.Received`, the message that was sent for
         *     `Message.DeliveryReceiptReceived` (inferred from the article's description of `Message.Text`).
         * @example MJGPVTNSWHJ35HGQTGABFE27TXFSSUZI
         */
        WebhookMessageSid: string;
        /**
         * @description The sender ID of the message, alphanumeric or E.164 with a `+` prefix (helpdesk article "REST API – Messaging Webhooks").
         * @example +61416240112
         */
        WebhookMessageFrom: string;
        /**
         * @description The recipient of the message, in E.164 format with a `+` prefix (helpdesk article "REST API – Messaging Webhooks").
         * @example +61488824921
         */
        WebhookMessageTo: string;
        /**
         * @description The message text (helpdesk article "REST API – Messaging Webhooks"): the incoming text for
         *     `Message.Received`, the text of the original message that was sent for
         *     `Message.DeliveryReceiptReceived`.
         * @example Saaaa
         */
        WebhookMessageText: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The number of seconds to wait before retrying the request. The documents state neither a rate
         *     limit nor this header; it is the standard HTTP way to say how long to wait, and may be absent.
         *     The example value is illustrative, not from a document.
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
                 *     required here (inferred: the document does not say "required"). It states no lower bound;
                 *     `minimum: 0` (no instant before the epoch) is our reading.
                 * @example 1506038400
                 */
                Date_From: number;
                /**
                 * @description Include SMS messages until this instant (exclusive), in seconds since the epoch, UTC. The
                 *     document lists it under "Resource Parameters", apart from the optional ones, so it is
                 *     required here (inferred: the document does not say "required"). It states no lower bound;
                 *     `minimum: 0` (no instant before the epoch) is our reading.
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
                 * @description Limit the number of messages returned. The document gives the default, 200, and no minimum
                 *     or maximum; `minimum: 1` is our reading (inferred: a page of no messages cannot advance the
                 *     `Results_Skip` cursor), not a documented rule.
                 * @example 10
                 */
                Results_Count?: number;
                /**
                 * @description Number of matching messages to skip; the cursor of the pagination. The document states no
                 *     default, so the schema declares none; that leaving it out skips no message is our reading.
                 *     It states no minimum either; `minimum: 0` (a count cannot be negative) is our reading.
                 * @example 10
                 */
                Results_Skip?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The secure identifier of the Property whose SMS messages to search, or to send from. The
                 *     documents give no PropertySid value; the example is illustrative, not from a document.
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
                 * @description The secure identifier of the Property whose SMS messages to search, or to send from. The
                 *     documents give no PropertySid value; the example is illustrative, not from a document.
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
    sendMessageBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The secure identifier of the Property whose SMS messages to search, or to send from. The
                 *     documents give no PropertySid value; the example is illustrative, not from a document.
                 * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
                 */
                PropertySid: components["parameters"]["PropertySid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchMessageRequest"];
            };
        };
        responses: {
            /** @description OK. One result per message, sent or failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchMessageResult"][];
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
                    "application/json": components["schemas"]["MessageEnvelope"] | components["schemas"]["MessageResource"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    messageReceivedGet: {
        parameters: {
            query: {
                /**
                 * @description Always `Webhook` (helpdesk article "REST API – Messaging Webhooks", common parameters).
                 * @example Webhook
                 */
                Action: components["parameters"]["WebhookAction"];
                /**
                 * @description The event's name; for this webhook always `Message.Received`.
                 * @example Message.Received
                 */
                Event: "Message.Received";
                /**
                 * @description The secure identifier of the account the message belongs to (helpdesk article "REST API –
                 *     Messaging Webhooks"). The example is illustrative, not from a document.
                 * @example AC6GVQOX3FXZ5WNSYG5K4V3DT2Q7HJRM
                 */
                "Account.Sid": components["parameters"]["WebhookAccountSid"];
                /**
                 * @description The secure identifier of the property the message belongs to (helpdesk article "REST API –
                 *     Messaging Webhooks"). The example is illustrative, not from a document.
                 * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
                 */
                "Property.Sid": components["parameters"]["WebhookPropertySid"];
                /**
                 * @description The secure identifier of the message (helpdesk article "REST API – Messaging Webhooks"): the
                 *     incoming message for `Message.Received`, the message that was sent for
                 *     `Message.DeliveryReceiptReceived` (inferred from the article's description of `Message.Text`).
                 * @example MJGPVTNSWHJ35HGQTGABFE27TXFSSUZI
                 */
                "Message.Sid": components["parameters"]["WebhookMessageSid"];
                /**
                 * @description The sender ID of the message, alphanumeric or E.164 with a `+` prefix (helpdesk article "REST API – Messaging Webhooks").
                 * @example +61416240112
                 */
                "Message.From": components["parameters"]["WebhookMessageFrom"];
                /**
                 * @description The recipient of the message, in E.164 format with a `+` prefix (helpdesk article "REST API – Messaging Webhooks").
                 * @example +61488824921
                 */
                "Message.To": components["parameters"]["WebhookMessageTo"];
                /**
                 * @description The message text (helpdesk article "REST API – Messaging Webhooks"): the incoming text for
                 *     `Message.Received`, the text of the original message that was sent for
                 *     `Message.DeliveryReceiptReceived`.
                 * @example Saaaa
                 */
                "Message.Text": components["parameters"]["WebhookMessageText"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    messageReceivedPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["MessageReceivedWebhook"];
                "application/json": components["schemas"]["MessageReceivedWebhook"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    messageDeliveryReceiptReceivedGet: {
        parameters: {
            query: {
                /**
                 * @description Always `Webhook` (helpdesk article "REST API – Messaging Webhooks", common parameters).
                 * @example Webhook
                 */
                Action: components["parameters"]["WebhookAction"];
                /**
                 * @description The event's name; for this webhook always `Message.DeliveryReceiptReceived`.
                 * @example Message.DeliveryReceiptReceived
                 */
                Event: "Message.DeliveryReceiptReceived";
                /**
                 * @description The secure identifier of the account the message belongs to (helpdesk article "REST API –
                 *     Messaging Webhooks"). The example is illustrative, not from a document.
                 * @example AC6GVQOX3FXZ5WNSYG5K4V3DT2Q7HJRM
                 */
                "Account.Sid": components["parameters"]["WebhookAccountSid"];
                /**
                 * @description The secure identifier of the property the message belongs to (helpdesk article "REST API –
                 *     Messaging Webhooks"). The example is illustrative, not from a document.
                 * @example PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ
                 */
                "Property.Sid": components["parameters"]["WebhookPropertySid"];
                /**
                 * @description The secure identifier of the message that was sent, whose receipt this is (inferred from the
                 *     article's description of `Message.Text`). The example is illustrative, not from a document.
                 * @example MXQ4OGZ6TZ2WUVPQMX7W2E4KCH3LPSNB
                 */
                "Message.Sid": string;
                /**
                 * @description The sender ID of the message, alphanumeric or E.164 with a `+` prefix (the article); for a
                 *     receipt, the sender ID the sent message went out with (inferred). The example is
                 *     illustrative, not from a document.
                 * @example FoneDyn
                 */
                "Message.From": string;
                /**
                 * @description The recipient of the message, in E.164 format with a `+` prefix (helpdesk article "REST API – Messaging Webhooks").
                 * @example +61488824921
                 */
                "Message.To": components["parameters"]["WebhookMessageTo"];
                /**
                 * @description The text of the original message that was sent (the article says so for delivery
                 *     receipts). The example is illustrative, not from a document.
                 * @example Your appointment is at 3pm.
                 */
                "Message.Text": string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    messageDeliveryReceiptReceivedPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["MessageDeliveryReceiptReceivedWebhook"];
                "application/json": components["schemas"]["MessageDeliveryReceiptReceivedWebhook"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
}
