//! The scale-out recipes give the same claims as one `claimex extract`
//! run, claim for claim (`span.line` aside: it counts lines of each
//! worker's stream): Spark (`tests/scale_out/claimex_spark.py`) in local
//! mode over the bundled corpus cut into three partitions, and GNU parallel
//! (`tests/scale_out/parallel.sh`) over blocks of a few kB.
//!
//! Needs `pyspark` for python3 with Java, and GNU `parallel`; `.ci/run`
//! installs them and sets `CLAIMEX_REQUIRE_SPARK=1` and
//! `CLAIMEX_REQUIRE_PARALLEL=1`, so there a missing tool fails the test.
//! Elsewhere the test says it is skipped.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const SEEDS: &str = "fixtures/seeds.corpus";

fn has_pyspark() -> bool {
    Command::new("python3")
        .args(["-c", "import pyspark"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether a test's tool is there; where `require` is set (CI) a missing
/// tool fails the test, elsewhere the test says it is skipped.
fn available(present: bool, require: &str, what: &str) -> bool {
    assert!(
        present || std::env::var_os(require).is_none(),
        "{what} is required here ({require}) but was not found"
    );
    if !present {
        eprintln!("skipped: no {what}");
    }
    present
}

/// Claims as comparable JSON values, without the stream-relative line, in
/// output order.
fn stripped(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).expect("a JSON line");
            v["span"].as_object_mut().unwrap().remove("line");
            v
        })
        .collect()
}

/// [`stripped`] claims in a stable order, for outputs whose order differs.
fn claims(text: &str) -> Vec<Value> {
    let mut out = stripped(text);
    out.sort_by_key(|v| {
        (
            v["article"].as_str().unwrap().to_string(),
            v["span"]["start"].as_u64(),
            v["id"].as_str().unwrap().to_string(),
        )
    });
    out
}

#[test]
fn spark_over_partitions_equals_one_process() {
    if !available(
        has_pyspark(),
        "CLAIMEX_REQUIRE_SPARK",
        "pyspark for python3",
    ) {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_claimex");
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("claims");
    let run = Command::new("python3")
        .args([
            "tests/scale_out/claimex_spark.py",
            SEEDS,
            "--master",
            "local[2]",
        ])
        .args(["--partitions", "3", "--claimex", bin, "--out"])
        .arg(&out)
        .output()
        .expect("python3 runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut parts: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("part-")
        })
        .collect();
    parts.sort();
    assert_eq!(parts.len(), 3, "three partitions");
    let spark: String = parts
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let single = Command::new(bin).args(["extract", SEEDS]).output().unwrap();
    let single = String::from_utf8(single.stdout).unwrap();
    assert!(Path::new(SEEDS).exists());
    let (spark, single) = (claims(&spark), claims(&single));
    assert_eq!(spark.len(), single.len());
    assert_eq!(spark, single);
}

#[test]
fn gnu_parallel_over_blocks_equals_one_process_in_order() {
    let has_parallel = Command::new("parallel")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available(has_parallel, "CLAIMEX_REQUIRE_PARALLEL", "GNU parallel") {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_claimex");
    let run = Command::new("tests/scale_out/parallel.sh")
        .arg(SEEDS)
        .env("CLAIMEX", bin)
        .env("JOBS", "2")
        .env("BLOCK", "8k")
        .output()
        .expect("the recipe runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let single = Command::new(bin).args(["extract", SEEDS]).output().unwrap();
    let parallel = stripped(&String::from_utf8_lossy(&run.stdout));
    let single = stripped(&String::from_utf8_lossy(&single.stdout));
    assert!(!single.is_empty());
    assert_eq!(parallel, single, "same claims in the same order");
}
