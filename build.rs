// The shipped content is embedded with include_dir, which cannot tell cargo to rebuild when a content file
// changes; without this an edited scenario would silently play the old copy.
fn main() {
    println!("cargo:rerun-if-changed=scenarios");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=web");
}
