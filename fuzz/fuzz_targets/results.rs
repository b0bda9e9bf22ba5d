//! A results file: read, build a report, render every format.
#![no_main]

use libfuzzer_sys::fuzz_target;

struct Ids;
impl redflag::report::Names for Ids {
    fn scenario(&self, id: &str) -> String {
        id.to_string()
    }
    fn redflag(&self, id: &str) -> String {
        id.to_string()
    }
    fn outcome(&self, o: redflag::model::Outcome) -> String {
        o.id().to_string()
    }
}

fuzz_target!(|data: &[u8]| {
    let (records, _) = redflag::results::parse(data, "fuzz.jsonl");
    let rep = redflag::report::build(&records, None);
    let _ = redflag::report::markdown(&rep, &Ids);
    let _ = redflag::report::csv(&rep, &Ids);
    let _ = serde_json::to_string(&rep);
});
