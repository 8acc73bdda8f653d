//! Renderers: a [`crate::guidance`] answer in, bytes out, over any
//! [`std::io::Write`], so tests render into a `Vec<u8>`.

pub mod json;
pub mod text;

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every Rust file under `dir`, with its text.
    fn sources(dir: &Path, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                found.push((path.display().to_string(), text));
            }
        }
    }

    #[test]
    fn renderers_cite_the_rules_the_core_attaches_and_choose_none() {
        let mut found = Vec::new();
        sources(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render"),
            &mut found,
        );
        assert!(found.len() > 10, "{} files", found.len());
        for (path, text) in found {
            // Tests may name rules to check what was written.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            assert!(!code.contains("rules::id"), "{path} picks a rule id itself");
        }
    }
}
