/**
 * Generated from specs/bandwidth-messaging-v1/ by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */

import type { ParameterRules } from '@messaging-contracts/runtime';

export const parameterRules = {
  "GET /users/{userId}/messages": {
    "operationId": "listMessages",
    "path": {
      "userId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    },
    "query": {
      "from": {
        "type": "string",
        "minLength": 1
      },
      "to": {
        "type": "string",
        "minLength": 1
      },
      "fromDateTime": {
        "type": "string",
        "minLength": 1
      },
      "toDateTime": {
        "type": "string",
        "minLength": 1
      },
      "direction": {
        "type": "string",
        "enum": [
          "in",
          "out"
        ]
      },
      "state": {
        "type": "string",
        "enum": [
          "received",
          "queued",
          "sending",
          "sent",
          "error"
        ]
      },
      "deliveryState": {
        "type": "string",
        "enum": [
          "waiting",
          "delivered",
          "not-delivered"
        ]
      },
      "sortOrder": {
        "type": "string",
        "enum": [
          "asc",
          "desc"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 0
      },
      "size": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      "sortKeyLT": {
        "type": "string",
        "minLength": 1
      }
    }
  },
  "POST /users/{userId}/messages": {
    "operationId": "sendMessage",
    "path": {
      "userId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "GET /users/{userId}/messages/{messageId}": {
    "operationId": "getMessage",
    "path": {
      "userId": {
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
  "PATCH /users/{userId}/messages/{messageId}": {
    "operationId": "redactMessageText",
    "path": {
      "userId": {
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
  "GET /users/{userId}/media": {
    "operationId": "listMedia",
    "path": {
      "userId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "GET /users/{userId}/media/{mediaName}": {
    "operationId": "getMedia",
    "path": {
      "userId": {
        "required": true,
        "type": "string",
        "minLength": 1
      },
      "mediaName": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "PUT /users/{userId}/media/{mediaName}": {
    "operationId": "uploadMedia",
    "path": {
      "userId": {
        "required": true,
        "type": "string",
        "minLength": 1
      },
      "mediaName": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    },
    "header": {
      "Content-Length": {
        "required": true,
        "type": "integer",
        "minimum": 0,
        "maximum": 68157440
      },
      "Cache-Control": {
        "type": "string"
      }
    }
  },
  "DELETE /users/{userId}/media/{mediaName}": {
    "operationId": "deleteMedia",
    "path": {
      "userId": {
        "required": true,
        "type": "string",
        "minLength": 1
      },
      "mediaName": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  }
} as const satisfies ParameterRules;
