//! The `remit` binary. Everything lives in the library; see `remit::main`.

fn main() -> std::process::ExitCode {
    remit::main()
}
