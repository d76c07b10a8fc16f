//! The `diff` and `compare` commands, driven through the real binary.

use assert_cmd::Command;
use serde_json::Value;
use std::io::Write;

fn claimex() -> Command {
    Command::cargo_bin("claimex").expect("binary builds")
}

fn lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn corpus(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(text.as_bytes()).expect("write");
    f
}

const OLD: &str = "<<<FILE report>>>\nThe army is losing 1,200 soldiers every day, officials said.\n“We will stay,” said John Doe.\n";
const NEW: &str = "<<<FILE report>>>\nThe army is losing about 1,250 soldiers every day, officials said.\n“We will stay,” said Mary Major.\n";

#[test]
fn diff_reports_a_changed_figure_and_speaker_and_exits_1() {
    let (old, new) = (corpus(OLD), corpus(NEW));
    let out = claimex()
        .args(["diff"])
        .arg(old.path())
        .arg(new.path())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let diffs = lines(&out);
    let figure = diffs
        .iter()
        .find(|d| d["kind"] == "quantity")
        .expect("the figure changed");
    assert_eq!(figure["op"], "changed");
    assert_eq!(
        figure["changed"],
        serde_json::json!(["text", "value", "approx"])
    );
    assert_eq!(figure["delta"]["abs"], 50.0);
    assert_eq!(figure["old"]["value"], 1200);
    assert_eq!(figure["new"]["value"], 1250);
    let quote = diffs.iter().find(|d| d["kind"] == "quote").expect("quote");
    assert_eq!(quote["changed"], serde_json::json!(["speaker"]));
}

#[test]
fn diff_of_identical_versions_is_empty_and_exits_0() {
    let (old, new) = (corpus(OLD), corpus(OLD));
    claimex()
        .arg("diff")
        .arg(old.path())
        .arg(new.path())
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn lone_articles_pair_whatever_their_names_and_unpaired_ones_are_whole() {
    let old = corpus(&OLD.replace("report", "v1"));
    let new = corpus(&NEW.replace("report", "v2"));
    let out = claimex()
        .arg("diff")
        .arg(old.path())
        .arg(new.path())
        .output()
        .unwrap();
    assert!(lines(&out.stdout).iter().all(|d| d["op"] == "changed"));

    let old = corpus(&format!("{OLD}<<<FILE gone>>>\nIt fired 40 missiles.\n"));
    let new = corpus(&format!("{OLD}<<<FILE fresh>>>\nIt fired 50 rockets.\n"));
    let out = claimex()
        .arg("diff")
        .arg(old.path())
        .arg(new.path())
        .output()
        .unwrap();
    let ops: Vec<(String, String)> = lines(&out.stdout)
        .iter()
        .map(|d| {
            (
                d["op"].as_str().unwrap().into(),
                d["article"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        ops,
        vec![
            ("added".into(), "fresh".into()),
            ("removed".into(), "gone".into())
        ]
    );
}

#[test]
fn diff_text_view_marks_words_and_has_no_colour_when_piped() {
    let (old, new) = (corpus(OLD), corpus(NEW));
    let out = claimex()
        .args(["diff", "--format", "text"])
        .arg(old.path())
        .arg(new.path())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("[-1,200-]{+about 1,250+} soldiers every day"),
        "{text}"
    );
    assert!(text.contains("[-John Doe-]{+Mary Major+}"), "{text}");
    assert!(!text.contains('\x1b'));
}

#[test]
fn diff_of_a_missing_file_is_trouble() {
    let old = corpus(OLD);
    claimex()
        .arg("diff")
        .arg(old.path())
        .arg("/nonexistent/claimex-new")
        .assert()
        .code(2);
}

/// The groups `compare` finds on the bundled corpus.
fn seeds_groups() -> Vec<Value> {
    let out = claimex()
        .args(["compare", "fixtures/seeds.corpus"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    lines(&out)
}

/// The group holding a member whose text contains `needle`.
fn group_with<'a>(groups: &'a [Value], kind: &str, needle: &str) -> &'a Value {
    groups
        .iter()
        .find(|g| {
            g["kind"] == kind
                && g["members"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|m| m["text"].as_str().unwrap().contains(needle))
        })
        .unwrap_or_else(|| panic!("no {kind} group with {needle:?}"))
}

/// The article numbers (the names' first three characters) of a group.
fn articles(g: &Value) -> Vec<String> {
    let mut a: Vec<String> = g["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["article"].as_str().unwrap()[..3].to_string())
        .collect();
    a.dedup();
    a
}

fn disagree(g: &Value) -> Vec<&str> {
    g["disagree"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[test]
fn compare_finds_the_daily_casualty_disagreement() {
    let groups = seeds_groups();
    let g = group_with(&groups, "quantity", "1,250 per day");
    assert_eq!(articles(g), ["000", "001", "002"]);
    assert!(disagree(g).contains(&"value") && disagree(g).contains(&"approx"));
    assert_eq!(g["per"], "day");
}

#[test]
fn compare_finds_the_troop_figures_in_every_article() {
    let groups = seeds_groups();
    let ten = group_with(&groups, "quantity", "roughly 10,000");
    assert_eq!(articles(ten), ["000", "001", "002", "003", "004"]);
    assert!(disagree(ten).contains(&"approx"));
    let eight = group_with(&groups, "quantity", "as many as 8,000");
    assert_eq!(articles(eight), ["000", "001", "002", "004"]);
    assert!(disagree(eight).contains(&"approx"));
}

#[test]
fn compare_groups_reprinted_and_partly_quoted_words() {
    let groups = seeds_groups();
    assert_eq!(
        articles(group_with(&groups, "quote", "We now assess")),
        ["001", "004"]
    );
    assert_eq!(
        articles(group_with(&groups, "quote", "Should these troops")),
        ["001", "004"]
    );
    assert_eq!(
        articles(group_with(&groups, "quote", "meat grinder")),
        ["000", "001", "002"]
    );
}

#[test]
fn compare_leaves_out_single_article_groups_unless_all() {
    let one = corpus("<<<FILE a>>>\nIt sent 8,000 troops, then 8,000 more troops.\n");
    claimex()
        .arg("compare")
        .arg(one.path())
        .assert()
        .success()
        .stdout("");
    let out = claimex()
        .args(["compare", "--all"])
        .arg(one.path())
        .output()
        .unwrap();
    assert_eq!(lines(&out.stdout).len(), 1);
}
