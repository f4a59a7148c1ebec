/**
 * Generated from specs/fonedynamics-messaging-v2/ by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */

import type { ParameterRules } from '@messaging-contracts/runtime';

export const parameterRules = {
  "GET /v2/Properties/{PropertySid}/Messages": {
    "operationId": "searchMessages",
    "path": {
      "PropertySid": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    },
    "query": {
      "Date_From": {
        "required": true,
        "type": "integer",
        "minimum": 0
      },
      "Date_To": {
        "required": true,
        "type": "integer",
        "minimum": 0
      },
      "Status": {
        "type": "string",
        "enum": [
          "Processing",
          "Submitted",
          "Delivered",
          "Failed",
          "Received"
        ]
      },
      "Direction": {
        "type": "string",
        "enum": [
          "Transmit",
          "Receive"
        ]
      },
      "Results_Count": {
        "type": "integer",
        "minimum": 1
      },
      "Results_Skip": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "POST /v2/Properties/{PropertySid}/Messages": {
    "operationId": "sendMessage",
    "path": {
      "PropertySid": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "POST /v2/Properties/{PropertySid}/BatchMessages": {
    "operationId": "sendMessageBatch",
    "path": {
      "PropertySid": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "GET /v2/Messages/{MessageSid}": {
    "operationId": "getMessage",
    "path": {
      "MessageSid": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  }
} as const satisfies ParameterRules;
