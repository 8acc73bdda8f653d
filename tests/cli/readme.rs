//! The README's examples run as written, so they cannot rot.

#[test]
fn readme_examples_match_their_shown_output() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("README.md");
}
