//! Writes a synthetic content pack for measuring:
//! `cargo run --release --example gen-pack -- --nodes 10000 --locales 3 --out /tmp/pack`
use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// Nodes in all, spread over scenarios of 200
    #[arg(long, default_value_t = 1000)]
    nodes: usize,
    /// Other locales besides English (up to 10)
    #[arg(long, default_value_t = 3)]
    locales: usize,
    /// The folder to write (created)
    #[arg(long)]
    out: PathBuf,
}

fn main() -> std::process::ExitCode {
    let a = Args::parse();
    match redflag::genpack::write(&a.out, a.nodes, a.locales) {
        Ok(()) => {
            println!("wrote {} nodes with {} other locale(s) to {}", a.nodes, a.locales, a.out.display());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}: {e}", a.out.display());
            std::process::ExitCode::FAILURE
        }
    }
}
