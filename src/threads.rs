//! The stacks the game runs on, known and the same everywhere: the binary's work runs on a thread of
//! `STACK_BYTES`, so do rayon's workers, and so do the fuzz targets, so that a fuzzer finds what would overflow
//! the binary's stack (libFuzzer's main thread has the system's 8 MB, and rayon's workers would have 2 MB).

/// Every thread that parses or checks content has this much stack. Parsers of nested input (TOML, Fluent)
/// recurse; their depth is bounded before parsing (`content::fluent::MAX_NESTING`, toml's own limit) to far
/// less than this holds.
pub const STACK_BYTES: usize = 8 * 1024 * 1024;

/// Sets rayon's workers to `STACK_BYTES`. Once per process; later calls do nothing.
pub fn init_pool() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rayon::ThreadPoolBuilder::new().stack_size(STACK_BYTES).build_global();
    });
}

/// Runs `f` on a thread of `STACK_BYTES`, with the pool set up; a panic in it carries on in the caller.
pub fn run<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    init_pool();
    let thread = std::thread::Builder::new().name("redflag".into()).stack_size(STACK_BYTES).spawn(f);
    // Builder::spawn fails only if the system refuses a thread; there is nothing to run on then.
    let handle = thread.unwrap_or_else(|e| panic!("the system refused the game a thread: {e}"));
    handle.join().unwrap_or_else(|p| std::panic::resume_unwind(p))
}
