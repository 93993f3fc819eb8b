# remit as a GitHub container action.
#
# Stage 1 builds a static musl binary: Alpine's Rust *is* the musl toolchain,
# so `cargo build` there links statically with no cross-compiling. git2 is
# built without its network features (no OpenSSL, no libssh2) and the GitHub
# client (ureq) uses rustls with the image's CA certificates, so the binary
# needs no shared library at all.
#
# Stage 2 is `scratch` plus CA certificates (for the GitHub API over TLS) and
# an empty /tmp: nothing else to pull, patch or scan. We chose it over
# distroless/static (the same contents plus passwd/tzdata files) to keep the
# image to the binary and the certificates, well under 20 MB.
#
# GitHub's container-action rules: no USER (the action runs as root so it can
# read GITHUB_WORKSPACE), no WORKDIR (GitHub mounts the workspace and sets
# it), an absolute exec-form ENTRYPOINT.

FROM rust:1.95-alpine AS build
# cmake and make build zlib-ng, which libgit2 inflates objects with
# (Cargo.toml's default `zlib-ng` feature).
# hadolint ignore=DL3018
RUN apk add --no-cache musl-dev ca-certificates cmake make
# The whole source tree (.dockerignore leaves out target/ and .git/): Cargo.toml
# names test and bench targets whose files must exist even for `--bin remit`.
# No WORKDIR, not even here: the paths are spelled out instead.
COPY . /src
# The same command and profile CI builds with (`.ci/run`).
RUN cargo build --release --locked --bin remit --manifest-path /src/Cargo.toml \
    && mkdir -p /out/usr/local/bin /out/etc/ssl/certs /out/tmp \
    && chmod 1777 /out/tmp \
    && cp /src/target/release/remit /out/usr/local/bin/remit \
    && cp /etc/ssl/certs/ca-certificates.crt /out/etc/ssl/certs/

FROM scratch
COPY --from=build /out/ /
ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
RUN ["/usr/local/bin/remit", "--version"]
ENTRYPOINT ["/usr/local/bin/remit"]
CMD ["action"]
