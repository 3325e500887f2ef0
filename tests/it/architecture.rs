//! The shape of the code (ARCHITECTURE.md), checked: which crate may depend on which,
//! no import cycles between a crate's modules, and files of a readable size.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The names in a manifest's table (`dependencies`, `dev-dependencies`), with whether
/// each is optional.
fn deps(manifest: &Path, table: &str) -> BTreeMap<String, bool> {
    let text = std::fs::read_to_string(manifest).expect("manifest");
    let doc: toml::Table = text.parse().expect("TOML");
    doc.get(table)
        .and_then(|t| t.as_table())
        .map(|t| {
            t.iter()
                .map(|(name, spec)| {
                    let optional = spec
                        .get("optional")
                        .and_then(|o| o.as_bool())
                        .unwrap_or(false);
                    (name.clone(), optional)
                })
                .collect()
        })
        .unwrap_or_default()
}

fn ours(deps: &BTreeMap<String, bool>) -> BTreeSet<String> {
    deps.keys()
        .filter(|d| d.starts_with("gctcp-"))
        .cloned()
        .collect()
}

#[test]
fn dependencies_point_one_way() {
    let crate_manifest = |c: &str| root().join("crates").join(c).join("Cargo.toml");
    let allowed: &[(&str, &[&str])] = &[
        ("domain", &[]),
        ("i18n", &["gctcp-domain"]),
        ("files", &[]),
        ("store", &["gctcp-domain"]),
        (
            "app",
            &["gctcp-domain", "gctcp-i18n", "gctcp-store", "gctcp-files"],
        ),
        (
            "server",
            &[
                "gctcp-domain",
                "gctcp-i18n",
                "gctcp-store",
                "gctcp-files",
                "gctcp-app",
            ],
        ),
        ("demo", &["gctcp-domain", "gctcp-store", "gctcp-files"]),
    ];
    for (krate, may) in allowed {
        let got = ours(&deps(&crate_manifest(krate), "dependencies"));
        let may: BTreeSet<String> = may.iter().map(|s| s.to_string()).collect();
        let extra: Vec<&String> = got.difference(&may).collect();
        assert!(
            extra.is_empty(),
            "gctcp-{krate} must not depend on {extra:?} (allowed: {may:?})"
        );
    }
    // The use cases and the storage know nothing of HTTP.
    for krate in ["domain", "i18n", "files", "store", "app"] {
        let d = deps(&crate_manifest(krate), "dependencies");
        for web in [
            "axum",
            "axum-core",
            "tower",
            "tower-http",
            "hyper",
            "askama",
            "tower-sessions",
        ] {
            assert!(
                !d.contains_key(web),
                "gctcp-{krate} must not depend on {web}"
            );
        }
    }
    // Nothing in production depends on the test kit; demo data only behind a feature.
    for krate in ["domain", "i18n", "files", "store", "app", "server", "demo"] {
        let d = deps(&crate_manifest(krate), "dependencies");
        assert!(
            !d.contains_key("gctcp-testkit"),
            "gctcp-{krate} depends on the test kit"
        );
    }
    for krate in ["domain", "i18n", "files", "store", "app", "server"] {
        let d = deps(&crate_manifest(krate), "dependencies");
        assert!(
            !d.contains_key("gctcp-demo"),
            "gctcp-{krate} depends on demo data"
        );
    }
    let bin = deps(&root().join("Cargo.toml"), "dependencies");
    assert!(!bin.contains_key("gctcp-testkit"));
    assert_eq!(
        bin.get("gctcp-demo"),
        Some(&true),
        "the binary takes demo data only as an optional feature"
    );
}

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("dir") {
        let p = entry.expect("entry").path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// A source file's module path within its crate (`library::files`; `` for lib.rs).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts
        .last()
        .is_some_and(|l| l == "mod" || l == "lib" || l == "main")
    {
        parts.pop();
    }
    parts
}

/// The modules a file refers to: `crate::a::b…` and `super::…`, resolved to the
/// longest module path that exists.
fn references(
    text: &str,
    me: &[String],
    modules: &BTreeSet<Vec<String>>,
    is_mod_rs: bool,
) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    let resolve = |path: Vec<String>| -> Option<Vec<String>> {
        (1..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|p| modules.contains(p))
    };
    let ident = |s: &str| -> Vec<String> {
        s.split("::")
            .map(|p| {
                p.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .take_while(|p| !p.is_empty())
            .collect()
    };
    for (i, _) in text.match_indices("crate::") {
        if let Some(m) = resolve(ident(&text[i + 7..])) {
            out.insert(m);
        }
    }
    for (i, _) in text.match_indices("super::") {
        // In `a/b.rs` (module a::b) `super` is `a`; in `a/mod.rs` (module a) it is its parent.
        let mut base = me.to_vec();
        if !is_mod_rs || !base.is_empty() {
            base.pop();
        }
        let mut path = base;
        path.extend(ident(&text[i + 7..]));
        if let Some(m) = resolve(path) {
            out.insert(m);
        }
    }
    out
}

fn is_ancestor(a: &[String], b: &[String]) -> bool {
    a.len() < b.len() && b.starts_with(a)
}

#[test]
fn no_import_cycles_between_modules() {
    for krate in [
        "domain", "i18n", "files", "store", "app", "server", "demo", "testkit",
    ] {
        let src = root().join("crates").join(krate).join("src");
        let mut files = Vec::new();
        sources(&src, &mut files);
        let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&src, f)).collect();
        // Edges between modules that are not each other's ancestors (a parent and its
        // children are one unit; siblings and cousins must not lean on each other both
        // ways).
        let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
        for f in &files {
            let me = module_of(&src, f);
            let text = std::fs::read_to_string(f).expect("source");
            let is_mod = f.file_name().is_some_and(|n| n == "mod.rs");
            for r in references(&text, &me, &modules, is_mod) {
                if r != me && !is_ancestor(&r, &me) && !is_ancestor(&me, &r) {
                    edges.entry(me.clone()).or_default().insert(r);
                }
            }
        }
        // Depth-first search for a cycle.
        fn visit(
            n: &Vec<String>,
            edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
            state: &mut BTreeMap<Vec<String>, u8>,
            stack: &mut Vec<Vec<String>>,
        ) -> Option<Vec<Vec<String>>> {
            state.insert(n.clone(), 1);
            stack.push(n.clone());
            for m in edges.get(n).into_iter().flatten() {
                match state.get(m).copied().unwrap_or(0) {
                    1 => {
                        let at = stack.iter().position(|x| x == m).expect("on stack");
                        let mut cycle = stack[at..].to_vec();
                        cycle.push(m.clone());
                        return Some(cycle);
                    }
                    0 => {
                        if let Some(c) = visit(m, edges, state, stack) {
                            return Some(c);
                        }
                    }
                    _ => {}
                }
            }
            stack.pop();
            state.insert(n.clone(), 2);
            None
        }
        let mut state = BTreeMap::new();
        for n in edges.keys() {
            if state.get(n).copied().unwrap_or(0) == 0 {
                if let Some(cycle) = visit(n, &edges, &mut state, &mut Vec::new()) {
                    let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
                    panic!("import cycle in gctcp-{krate}: {}", names.join(" → "));
                }
            }
        }
    }
}

#[test]
fn files_stay_readable() {
    const MAX: usize = 800;
    let mut files = Vec::new();
    for dir in ["crates", "src", "tests/it"] {
        sources(&root().join(dir), &mut files);
    }
    let mut long = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("source");
        let lines = text.lines().count();
        // A file may be longer when its first lines say why.
        let reason = text
            .lines()
            .take(12)
            .any(|l| l.contains("Longer than 800 lines because"));
        if lines > MAX && !reason {
            long.push(format!("{} ({lines} lines)", f.display()));
        }
    }
    assert!(
        long.is_empty(),
        "files over {MAX} lines without a reason: {long:#?}"
    );
}
