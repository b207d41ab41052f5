"""Rich tables for `segdsl train`: hold-out metrics, calibration, cluster sizes."""

from __future__ import annotations

from rich.table import Table

from segdsl import ir


def metrics_table(model: ir.Model, metrics: dict) -> Table:
    table = Table(title=f"{model.name} ({model.kind})", title_justify="left", show_header=False)
    table.add_column("metric")
    table.add_column("value", justify="right")
    if "roc_auc" in metrics:
        top = metrics["top_decile"]
        table.add_row("ROC AUC (hold-out)", f"{metrics['roc_auc']:.3f}")
        table.add_row("base rate", f"{metrics['base_rate']:.1%}")
        table.add_row("top-decile precision", f"{top['precision']:.1%}")
        table.add_row("top-decile lift", f"{top['lift']:.2f}x")
        for row in metrics["calibration"]:
            table.add_row(f"calibration {row['bin']}", f"predicted {row['predicted']:.2f}, observed {row['observed']:.2f} ({row['rows']} rows)")
    else:
        silhouette = metrics.get("silhouette")
        table.add_row("k", str(metrics["k"]))
        table.add_row("silhouette", "n/a" if silhouette is None else f"{silhouette:.3f}")
        table.add_row("cluster sizes", ", ".join(f"{i}: {n:,}" for i, n in enumerate(metrics["cluster_sizes"])))
        for row in metrics.get("k_comparison", []):
            value = "n/a" if row["silhouette"] is None else f"{row['silhouette']:.3f}"
            table.add_row(f"k={row['k']}", f"silhouette {value}, inertia {row['inertia']:,.0f}")
    for warning in metrics.get("warnings", []):
        table.add_row("warning", warning)
    return table
