// The page policy delivered in a <meta> tag; public/_headers sends the same one (plus frame-ancestors)
// where the host supports headers. tests/quality checks the two agree.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
