//! See redflag::fuzzing::results: the body lives in the library so tests/fuzz_regressions.rs runs the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| redflag::fuzzing::results(data));
