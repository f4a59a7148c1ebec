/**
 * Generated from specs/bandwidth-messaging-v2/ by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */

import type { ParameterRules } from '@messaging-contracts/runtime';

export const parameterRules = {
  "GET /users/{accountId}/messages": {
    "operationId": "listMessages",
    "path": {
      "accountId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    },
    "query": {
      "messageId": {
        "type": "string",
        "minLength": 1
      },
      "sourceTn": {
        "type": "string",
        "pattern": "^(?:\\+?\\d{5,15}|\\+\\d{4}|\\+?\\d{5,15}(?:,\\+?\\d{5,15}){1,9})$"
      },
      "destinationTn": {
        "type": "string",
        "pattern": "^(?:\\+?\\d{5,15}|\\+\\d{4}|\\+?\\d{5,15}(?:,\\+?\\d{5,15}){1,9})$"
      },
      "messageStatus": {
        "type": "string",
        "enum": [
          "RECEIVED",
          "QUEUED",
          "SENDING",
          "SENT",
          "DELIVERED",
          "ACCEPTED",
          "UNDELIVERED",
          "DLR_EXPIRED",
          "FAILED"
        ]
      },
      "messageDirection": {
        "type": "string",
        "enum": [
          "INBOUND",
          "OUTBOUND"
        ]
      },
      "carrierName": {
        "type": "string",
        "minLength": 1
      },
      "messageType": {
        "type": "string",
        "enum": [
          "sms",
          "mms",
          "rcs"
        ]
      },
      "errorCode": {
        "type": "integer"
      },
      "fromDateTime": {
        "type": "string",
        "format": "date-time"
      },
      "toDateTime": {
        "type": "string",
        "format": "date-time"
      },
      "campaignId": {
        "type": "string",
        "minLength": 1
      },
      "fromBwLatency": {
        "type": "integer",
        "minimum": 0
      },
      "bwQueued": {
        "type": "boolean"
      },
      "product": {
        "type": "string",
        "enum": [
          "LOCAL_A2P",
          "P2P",
          "SHORT_CODE_REACH",
          "TOLL_FREE",
          "HOSTED_SHORT_CODE",
          "ALPHA_NUMERIC",
          "RBM_MEDIA",
          "RBM_RICH",
          "RBM_CONVERSATIONAL"
        ]
      },
      "location": {
        "type": "string",
        "minLength": 1
      },
      "carrierQueued": {
        "type": "boolean"
      },
      "fromCarrierLatency": {
        "type": "integer",
        "minimum": 0
      },
      "callingNumberCountryA3": {
        "type": "string",
        "pattern": "^[A-Za-z]{3}$"
      },
      "calledNumberCountryA3": {
        "type": "string",
        "pattern": "^[A-Za-z]{3}$"
      },
      "fromSegmentCount": {
        "type": "integer",
        "minimum": 0
      },
      "toSegmentCount": {
        "type": "integer",
        "minimum": 0
      },
      "fromMessageSize": {
        "type": "integer",
        "minimum": 0
      },
      "toMessageSize": {
        "type": "integer",
        "minimum": 0
      },
      "sort": {
        "type": "string",
        "pattern": "^[A-Za-z][A-Za-z0-9]*:(?:asc|desc)$"
      },
      "pageToken": {
        "type": "string",
        "minLength": 1
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10000
      },
      "limitTotalCount": {
        "type": "boolean"
      }
    }
  },
  "POST /users/{accountId}/messages": {
    "operationId": "createMessage",
    "path": {
      "accountId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "GET /users/{accountId}/messages/{messageId}": {
    "operationId": "getMessageDetailRecords",
    "path": {
      "accountId": {
        "required": true,
        "type": "string",
        "minLength": 1
      },
      "messageId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  }
} as const satisfies ParameterRules;
