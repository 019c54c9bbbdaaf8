// placeholder entry (the executor core replaces it)
import { host_now } from './host/imports';
export { onAbort } from './host/abort';
export function init(): f64 { return host_now(); }
