/* eslint-disable no-control-regex -- matching control characters is what this module is for */

// Escape sequences a terminal acts on: CSI (ESC [ … or the 8-bit 0x9B), OSC (ESC ] … up to BEL
// or ESC \), DCS/SOS/PM/APC strings, and two-character ones such as ESC c (reset).
const SEQUENCES =
  /\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?|[\x1b\x9d]\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[P X^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?|\x1b[ -~]?/g;

// What is left: C0 controls but newline and tab, DEL, C1 controls, and bidi overrides and
// isolates, which reorder what a terminal shows.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to write to a terminal: no escape sequence or control character survives. */
export function stripTerminalControls(text: string): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS, '');
}
