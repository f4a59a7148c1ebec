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
        "type": "string"
      },
      "sourceTn": {
        "type": "string",
        "pattern": "^[A-Za-z0-9 +_&-]{1,16}(?:,[A-Za-z0-9 +_&-]{1,16}){0,9}$"
      },
      "destinationTn": {
        "type": "string",
        "pattern": "^[A-Za-z0-9 +_&-]{1,16}(?:,[A-Za-z0-9 +_&-]{1,16}){0,9}$"
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
        "type": "string"
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
        "type": "string"
      },
      "toDateTime": {
        "type": "string"
      },
      "campaignId": {
        "type": "string"
      },
      "fromBwLatency": {
        "type": "integer"
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
        "type": "string"
      },
      "carrierQueued": {
        "type": "boolean"
      },
      "fromCarrierLatency": {
        "type": "integer"
      },
      "callingNumberCountryA3": {
        "type": "string"
      },
      "calledNumberCountryA3": {
        "type": "string"
      },
      "fromSegmentCount": {
        "type": "integer"
      },
      "toSegmentCount": {
        "type": "integer"
      },
      "fromMessageSize": {
        "type": "integer"
      },
      "toMessageSize": {
        "type": "integer"
      },
      "sort": {
        "type": "string"
      },
      "pageToken": {
        "type": "string"
      },
      "limit": {
        "type": "integer"
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
  "POST /users/{accountId}/messages/multiChannel": {
    "operationId": "createMultiChannelMessage",
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
  },
  "GET /users/{accountId}/media": {
    "operationId": "listMedia",
    "path": {
      "accountId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    },
    "header": {
      "Continuation-Token": {
        "type": "string"
      }
    }
  },
  "GET /users/{accountId}/media/{mediaId}": {
    "operationId": "getMedia",
    "path": {
      "accountId": {
        "required": true,
        "type": "string",
        "minLength": 1
      },
      "mediaId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "PUT /users/{accountId}/media/{mediaId}": {
    "operationId": "uploadMedia",
    "path": {
      "accountId": {
        "required": true,
        "type": "string",
        "minLength": 1
      },
      "mediaId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    },
    "header": {
      "Cache-Control": {
        "type": "string"
      }
    }
  },
  "DELETE /users/{accountId}/media/{mediaId}": {
    "operationId": "deleteMedia",
    "path": {
      "accountId": {
        "required": true,
        "type": "string",
        "minLength": 1
      },
      "mediaId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  }
} as const satisfies ParameterRules;
