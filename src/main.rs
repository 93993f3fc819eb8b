//! The `remit` binary. Everything lives in the library; see `remit::main`.

/// mimalloc: allocation-heavy pattern building is most of a hook call.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    remit::main()
}
