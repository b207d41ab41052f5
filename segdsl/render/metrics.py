"""Rich tables for `segdsl train`: hold-out and out-of-time metrics side by side, calibration,
decile tables, per-class figures and cluster sizes."""

from __future__ import annotations

from rich.table import Table

from segdsl import ir


def _pct(value: object) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _num(value: object, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def headline(metrics: dict) -> list[tuple[str, str]]:
    """(name, formatted value) of the figures both validations share, by task."""
    if "roc_auc" in metrics:
        top = metrics["top_decile"]
        return [("ROC AUC", _num(metrics["roc_auc"])), ("base rate", _pct(metrics["base_rate"])),
                ("top-decile precision", _pct(top["precision"])), ("top-decile lift", f"{top['lift']:.2f}x"),
                ("rows measured", f"{metrics.get('holdout_rows', metrics.get('rows', 0)):,}")]
    if "mae" in metrics:
        return [("MAE", _num(metrics["mae"], 2)), ("RMSE", _num(metrics["rmse"], 2)), ("R²", _num(metrics["r2"])),
                ("actual mean", _num(metrics["actual_mean"], 2)), ("predicted mean", _num(metrics["predicted_mean"], 2)),
                ("top 10% capture", _pct(metrics["capture_top_10"])), ("top 20% capture", _pct(metrics["capture_top_20"])),
                ("rows measured", f"{metrics['rows']:,}")]
    if "accuracy" in metrics:
        return [("accuracy", _pct(metrics["accuracy"])),
                (f"baseline (always {metrics['baseline_class']})", _pct(metrics["baseline_accuracy"])),
                ("log loss", _num(metrics["log_loss"])), ("rows measured", f"{metrics['rows']:,}")]
    return []


def metrics_table(model: ir.Model, metrics: dict) -> Table:
    table = Table(title=f"{model.name} ({model.kind})", title_justify="left")
    table.add_column("metric")
    table.add_column("random hold-out", justify="right")
    out_of_time = metrics.get("out_of_time")
    oot = headline(out_of_time) if isinstance(out_of_time, dict) and "skipped" not in out_of_time else []
    if "k" in metrics:
        table.columns[1].header = "value"
        _kmeans_rows(table, metrics)
    else:
        table.add_column("out-of-time", justify="right")
        later = dict(oot)
        for name, value in headline(metrics):
            table.add_row(name, value, later.get(name, later.get(_same_row(name, later), "")))
        if isinstance(out_of_time, dict):
            dates = out_of_time.get("dates")
            note = out_of_time.get("skipped") or (
                f"fitted as of {dates['features_as_of']}, scored as of {dates['scored_as_of']}, "
                f"compared with {dates['compared_as_of']}" if dates else "")
            table.add_row("out-of-time", "", note)
        if "deciles" in metrics:
            table.add_row("deciles", "predicted vs actual mean (share of actual)", "")
        _details(table, metrics)
    for warning in metrics.get("warnings", []):
        table.add_row("warning", warning, "")
    return table


def _same_row(name: str, later: dict[str, str]) -> str:
    """The out-of-time row matching `name` (the baseline's class may differ between periods)."""
    return next((other for other in later if other.split(" (")[0] == name.split(" (")[0]), name)


def _details(table: Table, metrics: dict) -> None:
    """Row by row: the hold-out's detail next to the out-of-time one (same bins, deciles, classes)."""
    later = metrics.get("out_of_time") if isinstance(metrics.get("out_of_time"), dict) else {}
    for key, name, show in (("calibration", "calibration {bin}", _calibration), ("deciles", "decile {decile}", _decile),
                            ("per_class", "class {class}", _per_class)):
        rows = metrics.get(key, [])
        other = {name.format(**row): row for row in later.get(key, [])}
        for row in rows:
            label = name.format(**row)
            table.add_row(label, show(row), show(other[label]) if label in other else "")


def _calibration(row: dict) -> str:
    return f"predicted {row['predicted']:.2f}, observed {row['observed']:.2f} ({row['rows']:,})"


def _decile(row: dict) -> str:
    return f"{row['predicted']:,.0f} vs {row['actual']:,.0f} ({_pct(row['actual_share'])})"


def _per_class(row: dict) -> str:
    return f"{row['share']:.0%} of rows; precision {_pct(row['precision'])}, recall {_pct(row['recall'])}"


def _kmeans_rows(table: Table, metrics: dict) -> None:
    silhouette = metrics.get("silhouette")
    table.add_row("k (declared)", str(metrics["k"]))
    table.add_row("silhouette", "n/a" if silhouette is None else f"{silhouette:.3f}")
    table.add_row("cluster sizes", ", ".join(f"{i}: {n:,}" for i, n in enumerate(metrics["cluster_sizes"])))
    for row in metrics.get("k_comparison", []):
        value = "n/a" if row["silhouette"] is None else f"{row['silhouette']:.3f}"
        table.add_row(f"k={row['k']}", f"silhouette {value}, inertia {row['inertia']:,.0f}")
    if "best_k" in metrics and metrics["best_k"] != metrics["k"]:
        table.add_row("best silhouette", f"k={metrics['best_k']}: declare params(k={metrics['best_k']}) to use it "
                      "(the saved model keeps the declared k)")
