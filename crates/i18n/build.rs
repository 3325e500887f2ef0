// The messages are compiled in (fluent-templates' static loader): rebuild when any locale
// file changes, is added or is removed.
fn main() {
    println!("cargo:rerun-if-changed=../../web/locales");
}
