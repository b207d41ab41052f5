"""A/B measurement: treated members against their holdout on a measure after a campaign start.

Membership is taken as of the start date; the measure (a rate, or an average per customer) is
the per-customer value the measure defines, typically over a window after that date
(`in next 30 days`). Rates: difference of proportions with a Wald 95% interval (unpooled
variance) and a two-sided z-test p-value (pooled variance). Averages: Welch's t-test (unequal
variances) and its 95% interval with Welch–Satterthwaite degrees of freedom. Relative lift is
the difference over the holdout's value; its interval is the absolute one divided by that value
(the holdout value treated as known). Sample size: per group, for a two-sided test at α = 0.05
with 80% power, to detect the declared relative lift over the baseline measured before launch.
SciPy computes the distributions (`scipy.stats`).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import polars as pl

from segdsl import ir
from segdsl.insight.measures import target_mask

ALPHA, POWER = 0.05, 0.8


@dataclass(frozen=True)
class ExperimentResult:
    experiment: str
    measure: str
    kind: str  # rate | average
    treated_n: int
    holdout_n: int
    treated: float | None
    holdout: float | None
    lift: float | None
    lift_low: float | None
    lift_high: float | None
    relative_lift: float | None
    relative_low: float | None
    relative_high: float | None
    p_value: float | None
    significant: bool | None
    caution: str | None = None  # why the normal approximation may not hold (then `significant` is None)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SampleSize:
    experiment: str
    measure: str
    baseline: float | None
    std: float | None
    detect: float
    per_group: int | None
    holdout_available: int


def groups(frame: pl.DataFrame, experiment: ir.Experiment, value: str, kind: str) -> tuple[pl.Series, pl.Series]:
    """The per-customer values of the treated (targets, not held out) and of the holdout."""
    targets = target_mask(experiment.targets).fill_null(False)
    held = pl.col(experiment.holdout).fill_null(False)
    values = (pl.col(value).fill_null(False) if kind == "rate" else pl.col(value)).cast(pl.Float64)
    treated = frame.filter(targets & ~held).select(values).to_series().drop_nulls()
    holdout = frame.filter(targets & held).select(values).to_series().drop_nulls()
    return treated, holdout


def compare(experiment: ir.Experiment, measure: ir.Measure, treated: pl.Series, holdout: pl.Series) -> ExperimentResult:
    from scipy import stats

    n1, n0 = treated.len(), holdout.len()
    kind = measure.agg
    empty = ExperimentResult(experiment.name, measure.name, kind, n1, n0, None, None, None, None, None, None, None, None, None, None)
    if n1 < 2 or n0 < 2:
        return empty
    m1, m0 = float(treated.mean()), float(holdout.mean())
    lift = m1 - m0
    z = stats.norm.ppf(1 - ALPHA / 2)
    if kind == "rate":
        se = math.sqrt(m1 * (1 - m1) / n1 + m0 * (1 - m0) / n0)
        low, high = lift - z * se, lift + z * se
        pooled = (m1 * n1 + m0 * n0) / (n1 + n0)
        se0 = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0))
        p = float(2 * stats.norm.sf(abs(lift) / se0)) if se0 > 0 else (1.0 if lift == 0 else 0.0)
    else:
        v1, v0 = float(treated.var()), float(holdout.var())
        se = math.sqrt(v1 / n1 + v0 / n0)
        if se == 0:
            low = high = lift
            p = 1.0 if lift == 0 else 0.0
        else:
            df = se ** 4 / ((v1 / n1) ** 2 / (n1 - 1) + (v0 / n0) ** 2 / (n0 - 1))
            t = stats.t.ppf(1 - ALPHA / 2, df)
            low, high = lift - t * se, lift + t * se
            p = float(stats.ttest_ind(treated.to_numpy(), holdout.to_numpy(), equal_var=False).pvalue)
    relative = (lift / m0, low / m0, high / m0) if m0 != 0 else (None, None, None)
    caution = _caution(kind, (n1, m1), (n0, m0))
    significant = None if caution else p < ALPHA
    return ExperimentResult(experiment.name, measure.name, kind, n1, n0, m1, m0, lift, low, high, *relative, p,
                            significant, caution)


def _caution(kind: str, *groups: tuple[int, float]) -> str | None:
    """Rates: fewer than 5 successes or failures in a group; averages: fewer than 30 customers."""
    if kind == "rate" and any(min(n * m, n * (1 - m)) < 5 for n, m in groups):
        return "fewer than 5 successes or failures in a group: the normal approximation does not hold"
    if kind != "rate" and any(n < 30 for n, _ in groups):
        return "fewer than 30 customers in a group: the t approximation is doubtful"
    return None


def sample_size(experiment: ir.Experiment, measure: ir.Measure, baseline_values: pl.Series, holdout_available: int) -> SampleSize:
    """Customers needed per group to detect `detect` (relative) at α = 0.05, power 0.8."""
    from scipy import stats

    detect = experiment.detect or 0.05
    values = baseline_values.cast(pl.Float64).drop_nulls()
    if values.len() < 2:
        return SampleSize(experiment.name, measure.name, None, None, detect, None, holdout_available)
    z = stats.norm.ppf(1 - ALPHA / 2) + stats.norm.ppf(POWER)
    mean = float(values.mean())
    if measure.agg == "rate":
        p0, p1 = mean, min(mean * (1 + detect), 1.0)
        variance, delta, std = p0 * (1 - p0) + p1 * (1 - p1), p1 - p0, math.sqrt(p0 * (1 - p0))
    else:
        std = float(values.std())
        variance, delta = 2 * std ** 2, mean * detect
    needed = math.ceil(z ** 2 * variance / delta ** 2) if delta != 0 else None
    return SampleSize(experiment.name, measure.name, mean, std, detect, needed, holdout_available)
