// Starts ReDoc on this service's own contract; a file rather than an inline script, for the CSP.
// Search runs in a blob: worker, which the CSP (script-src 'self') refuses: it is turned off.
Redoc.init("/openapi.json", { disableSearch: true }, document.getElementById("redoc-container"));
