//! Standard output that never panics. `println!` panics when the reader has
//! gone (`remit explain | head`); a gate must still end with its own exit
//! code then. A closed pipe stops further output quietly (the reader chose to
//! stop); any other write error is kept, and the command fails with exit 2
//! rather than pass with a report nobody received.

use std::fmt;
use std::io::{ErrorKind, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

static CLOSED: AtomicBool = AtomicBool::new(false);
static FAILURE: OnceLock<String> = OnceLock::new();

/// Writes to standard output; see the module note for what happens on error.
pub(crate) fn write(args: fmt::Arguments<'_>) {
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    if let Err(err) = std::io::stdout().lock().write_fmt(args) {
        stop(err);
    }
}

/// Flushes what is buffered; called once before the process exits.
pub(crate) fn flush() {
    if !CLOSED.load(Ordering::Relaxed) {
        if let Err(err) = std::io::stdout().lock().flush() {
            stop(err);
        }
    }
}

/// The write error that lost output, if any (a closed pipe is not one).
pub(crate) fn failure() -> Option<&'static str> {
    FAILURE.get().map(String::as_str)
}

fn stop(err: std::io::Error) {
    CLOSED.store(true, Ordering::Relaxed);
    if err.kind() != ErrorKind::BrokenPipe {
        let _ = FAILURE.set(err.to_string());
    }
}

/// `print!` that never panics.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::stdout::write(format_args!($($arg)*))
    };
}

/// `println!` that never panics.
macro_rules! outln {
    () => {
        $crate::stdout::write(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::stdout::write(format_args!("{}\n", format_args!($($arg)*)))
    };
}
