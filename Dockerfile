# Multi-stage build of the single gctcp binary (templates, translations, reference data
# and static files are compiled in).
FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin gctcp --no-default-features

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/gctcp --create-home gctcp \
    && install -d -o gctcp -g gctcp /var/lib/gctcp/blobs
COPY --from=build /src/target/release/gctcp /usr/local/bin/gctcp
USER gctcp
WORKDIR /var/lib/gctcp
ENV GCTCP_BIND=0.0.0.0:8080 GCTCP_DATA_DIR=/var/lib/gctcp/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD curl -fsS http://127.0.0.1:8080/readyz || exit 1
ENTRYPOINT ["gctcp"]
CMD ["serve"]
