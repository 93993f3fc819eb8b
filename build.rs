//! Links remit's binary as a position-dependent executable on Linux with
//! glibc. A PIE binary this size carries ~27,000 relative relocations that
//! the loader applies at every start, writing ~120 pages: about 0.4 ms of a
//! 2.5 ms `remit check` of one commit (benches/check_history.py). The code
//! stays position-independent; only the link fixes its address.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
