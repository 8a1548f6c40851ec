#!/bin/sh
# Serves a built export with the response headers the build wrote into its serve.json (scripts/headers.mjs), the
# one way `npm start`, Playwright (e2e/playwright.config.ts) and the flake check serve it, so what is tested is what
# is deployed. Usage: sh scripts/serve.sh [folder, default out] [port, default 3000]
#
# --config names the file serve reads in the folder it serves: it then refuses to start without it, rather than
# serve the pages with none of the headers. NO_UPDATE_CHECK: no request to the npm registry each time it starts.
# --no-request-logging: no record of who opened the tool and when (as deploy/nginx.conf keeps no access log).
# `exec`, so that the process id the caller gets is serve's own, to stop it by.
set -eu
root=$(dirname "$0")/..
exec env NO_UPDATE_CHECK=1 "$root/node_modules/.bin/serve" "${1:-out}" --config serve.json --listen "${2:-3000}" \
  --no-clipboard --no-port-switching --no-request-logging
