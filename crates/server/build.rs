// The Fluent files and templates are compiled into the binary: rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=../../web/locales");
    println!("cargo:rerun-if-changed=../../web/templates");
    println!("cargo:rerun-if-changed=../../web/static");
}
