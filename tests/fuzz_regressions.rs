//! Inputs that once crashed something (from fuzzing, translators or tests), run through the fuzz targets' own code.
//! A new crash found by `cargo fuzz` goes into tests/fixtures/fuzz/<target>/ (docs/reliability.md).

fn run_all(target: &str, f: fn(&[u8])) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz").join(target);
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        // A panic fails the test and names the input.
        let result = std::panic::catch_unwind(|| f(&data));
        assert!(result.is_ok(), "{} panicked", path.display());
        n += 1;
    }
    assert!(n > 0, "no inputs in {}", dir.display());
}

#[test]
fn scenario_inputs() {
    run_all("scenario", redflag::fuzzing::scenario);
}

#[test]
fn fluent_inputs() {
    run_all("fluent", redflag::fuzzing::fluent);
}

#[test]
fn content_inputs() {
    run_all("content", redflag::fuzzing::content);
}

#[test]
fn results_inputs() {
    run_all("results", redflag::fuzzing::results);
}
