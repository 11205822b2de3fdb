#!/bin/sh
# Lint every contract with Redocly's recommended rules; exit non-zero on any error. Offline.
cd "$(dirname "$0")" || exit 1
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true exec node node_modules/@redocly/cli/bin/cli.js \
  lint --config redocly.yaml --format=summary ../../openapi/*.json
