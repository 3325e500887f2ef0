// `sqlx::migrate!` embeds the migrations when this crate compiles, but cargo does not
// know to compile it again when a migration is added: tell it (as `sqlx migrate
// build-script` would).
fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
    println!("cargo:rerun-if-changed=../../migrations/sqlite");
    println!("cargo:rerun-if-changed=../../migrations/postgres");
}
