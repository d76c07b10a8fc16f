"""Run claimex over a corpus with Apache Spark, articles kept whole.

claimex is a filter (corpus in, JSON Lines out), so Spark only has to hand
each executor whole articles and pipe them through the binary:

  * the corpus is read with the record delimiter "\n<<<FILE ", so every
    record is one article, never split across partitions;
  * each partition's articles go through `RDD.pipe` into `claimex extract`,
    which must be on every executor's PATH (or given with --claimex);
  * the JSON lines come back as an RDD and are written as text files.

    spark-submit tests/scale_out/claimex_spark.py CORPUS... --out claims/
    python3 tests/scale_out/claimex_spark.py fixtures/seeds.corpus \
        --master 'local[2]' --partitions 3 --out /tmp/claims

`span.line` counts lines of the stream each partition pipes through
claimex, not of the original file; every other field is what a single
`claimex extract` run gives.
"""

import argparse
import shlex

from pyspark import SparkConf, SparkContext

HEADER = "<<<FILE "


def articles(sc, paths, partitions):
    """An RDD with one whole article (header line included) per element."""
    conf = {"textinputformat.record.delimiter": "\n" + HEADER}
    records = sc.newAPIHadoopFile(
        ",".join(paths),
        "org.apache.hadoop.mapreduce.lib.input.TextInputFormat",
        "org.apache.hadoop.io.LongWritable",
        "org.apache.hadoop.io.Text",
        conf=conf,
    ).map(lambda kv: kv[1])
    # The delimiter is cut from every record but the file's first, which
    # still starts with the header: put it back on the others.
    whole = records.filter(lambda r: r.strip()).map(
        lambda r: r if r.startswith(HEADER) else HEADER + r
    )
    return whole.repartition(partitions) if partitions else whole


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--out", required=True, help="output directory (text part files)")
    ap.add_argument("--claimex", default="claimex", help="path of the claimex binary")
    ap.add_argument("--partitions", type=int, default=0, help="repartition to N (0: as read)")
    ap.add_argument("--master", default=None, help="Spark master, e.g. local[2]")
    args = ap.parse_args()

    conf = SparkConf().setAppName("claimex")
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    claims = articles(sc, args.corpus, args.partitions).pipe(
        shlex.join([args.claimex, "extract", "--threads", "1"])
    )
    claims.saveAsTextFile(args.out)
    sc.stop()


if __name__ == "__main__":
    main()
